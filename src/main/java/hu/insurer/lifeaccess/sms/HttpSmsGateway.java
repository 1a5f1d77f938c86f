package hu.insurer.lifeaccess.sms;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLHandshakeException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Hands each message to a real SMS provider: {@code POST <url>} with the JSON body
 * {@code {"from": <sender id>, "to": <E.164>, "text": <text>}} and the headers {@code Authorization: Basic …},
 * {@code Idempotency-Key: <key>} and {@code Content-Type: application/json}. The provider is expected to deliver
 * a key only once, so the job executor may retry safely.
 *
 * <ul>
 * <li>2xx: accepted.</li>
 * <li>408, 429, 5xx, a timeout, a refused or broken connection: {@link SmsDeliveryException}, retryable.</li>
 * <li>any other status (4xx, and 1xx/3xx: redirects are not followed): {@link SmsDeliveryException}, not
 * retryable. Still thrown, so the job fails and the operator sees an incident.</li>
 * </ul>
 * One log line per attempt (INFO accepted, WARN otherwise) with the key, the masked recipient, the status or
 * failure and the duration. The text is never logged, and the provider's response body is never read: it might
 * echo the text.
 */
public class HttpSmsGateway implements SmsGateway {

    private static final Logger LOG = LoggerFactory.getLogger(HttpSmsGateway.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_RETRY_AFTER_LENGTH = 40;

    private final SmsProviderSettings settings;
    private final URI uri;
    private final String authorization;
    private final HttpClient client;

    public HttpSmsGateway(SmsProviderSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.uri = settings.uri();
        String credentials = settings.username() + ":" + settings.password();
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        if ("http".equalsIgnoreCase(uri.getScheme()) && !isLoopback(uri.getHost())) {
            LOG.warn("The SMS provider URL uses plain http: credentials and security codes travel unencrypted");
        }
        LOG.info("SMS gateway: provider {}://{}{} as sender '{}', connect timeout {}, read timeout {}",
                uri.getScheme(), uri.getAuthority(), uri.getRawPath(), settings.senderId(),
                settings.connectTimeout(), settings.readTimeout());
    }

    @Override
    public void send(SmsMessage message) {
        Objects.requireNonNull(message, "message");
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(settings.readTimeout())
                .header("Authorization", authorization)
                .header("Idempotency-Key", message.idempotencyKey())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(message), StandardCharsets.UTF_8))
                .build();
        long started = System.nanoTime();
        HttpResponse<Void> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (HttpConnectTimeoutException e) {
            throw failed(message, started, "no connection to the SMS provider within the connect timeout of "
                    + settings.connectTimeout(), true, e);
        } catch (HttpTimeoutException e) {
            throw failed(message, started, "no answer from the SMS provider within the read timeout of "
                    + settings.readTimeout() + " (it may have accepted the message; a retry sends the same text under the same idempotency key)",
                    true, e);
        } catch (ConnectException e) {
            throw failed(message, started, "the SMS provider refused the connection or is unreachable", true, e);
        } catch (SSLHandshakeException e) {
            throw failed(message, started, "the TLS handshake with the SMS provider failed (certificate or trust "
                    + "settings)", false, e);
        } catch (IOException e) {
            throw failed(message, started, "I/O error talking to the SMS provider (" + e.getClass().getSimpleName()
                    + ")", true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed(message, started, "interrupted while waiting for the SMS provider", true, e);
        }
        long millis = millisSince(started);
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            LOG.info("SMS accepted by the provider: key={} to={} status={} in {} ms", message.idempotencyKey(),
                    message.maskedRecipient(), status, millis);
            return;
        }
        boolean retryable = isRetryable(status);
        LOG.warn("SMS not accepted by the provider: key={} to={} status={} retryable={} in {} ms",
                message.idempotencyKey(), message.maskedRecipient(), status, retryable, millis);
        throw SmsDeliveryException.rejected(message, status, retryable, retryAfter(response).orElse(null));
    }

    /** 408 Request Timeout, 429 Too Many Requests and every 5xx may succeed later; other statuses will not. */
    static boolean isRetryable(int status) {
        return status == 408 || status == 429 || (status >= 500 && status < 600);
    }

    private String body(SmsMessage message) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("from", settings.senderId());
        body.put("to", message.recipientE164());
        body.put("text", message.text());
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            // without the cause: its message could quote the text
            throw SmsDeliveryException.failed(message, "the request body could not be written", false, null);
        }
    }

    private static SmsDeliveryException failed(SmsMessage message, long started, String failure, boolean retryable,
            Exception cause) {
        LOG.warn("SMS not sent: key={} to={} failure={} retryable={} in {} ms", message.idempotencyKey(),
                message.maskedRecipient(), cause.getClass().getSimpleName(), retryable, millisSince(started));
        return SmsDeliveryException.failed(message, failure, retryable, cause);
    }

    private static Optional<String> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After")
                .map(value -> value.replaceAll("[^A-Za-z0-9 ,:+-]", ""))
                .map(value -> value.length() > MAX_RETRY_AFTER_LENGTH ? value.substring(0, MAX_RETRY_AFTER_LENGTH) : value)
                .filter(value -> !value.isBlank())
                .map(value -> "Retry-After: " + value);
    }

    private static long millisSince(long started) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }

    private static boolean isLoopback(String host) {
        return "localhost".equalsIgnoreCase(host) || "127.0.0.1".equals(host) || "[::1]".equals(host);
    }
}
