package hu.insurer.lifeaccess.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import hu.insurer.lifeaccess.support.DemoCustomerFixtures;

/** The HTTP adapter against a stub provider on 127.0.0.1 (JDK HttpServer, ephemeral port). */
@ExtendWith(OutputCaptureExtension.class)
class HttpSmsGatewayTest {

    private static final String NUMBER = DemoCustomerFixtures.DOROTTYA_MOBILE;

    static final String CODE = "7KQ4-M9XW-2P";
    static final String TEXT = "Az Ön ügyfélbiztonsági kódja: " + CODE + ". Érvényes 7 napig.";
    static final SmsMessage MESSAGE = new SmsMessage("security-code-42", NUMBER, TEXT);
    static final String PATH = "/v1/messages";

    private HttpServer server;
    private ExecutorService executor;
    private final CountDownLatch releaseSlowAnswers = new CountDownLatch(1);

    private volatile int status = 202;
    private volatile Map<String, String> extraHeaders = Map.of();
    private volatile Duration delay = Duration.ZERO;
    private volatile Recorded recorded;

    record Recorded(String method, String path, Headers headers, String body) {
    }

    @BeforeEach
    void startStubProvider() throws IOException {
        executor = Executors.newCachedThreadPool();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stopStubProvider() {
        releaseSlowAnswers.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            recorded = new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (!delay.isZero()) {
                releaseSlowAnswers.await(delay.toMillis(), TimeUnit.MILLISECONDS);
            }
            extraHeaders.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            // a provider that echoes the text: the adapter must not read or repeat it
            byte[] body = ("{\"status\":" + status + ",\"text\":\"" + TEXT + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private HttpSmsGateway gateway(Duration readTimeout) {
        return gateway("http://127.0.0.1:" + server.getAddress().getPort() + PATH, readTimeout);
    }

    private static HttpSmsGateway gateway(String url, Duration readTimeout) {
        return new HttpSmsGateway(new SmsProviderSettings(url, "sms-user", "pa:ss wörd", "LifeAccess",
                Duration.ofSeconds(2), readTimeout));
    }

    @Test
    void acceptedWithTheJsonBodyAndHeaders(CapturedOutput output) throws IOException {
        status = 200;

        gateway(Duration.ofSeconds(5)).send(MESSAGE);

        assertThat(recorded.method()).isEqualTo("POST");
        assertThat(recorded.path()).isEqualTo(PATH);
        assertThat(new ObjectMapper().readValue(recorded.body(), Map.class))
                .isEqualTo(Map.of("from", "LifeAccess", "to", NUMBER, "text", TEXT));
        assertThat(recorded.headers().getFirst("Authorization")).isEqualTo("Basic " + Base64.getEncoder()
                .encodeToString("sms-user:pa:ss wörd".getBytes(StandardCharsets.UTF_8)));
        assertThat(recorded.headers().getFirst("Idempotency-Key")).isEqualTo("security-code-42");
        assertThat(recorded.headers().getFirst("Content-Type")).isEqualTo("application/json");
        assertThat(output.getAll())
                .contains("SMS accepted by the provider", "security-code-42", "+36 ***** 4567", "status=200")
                .doesNotContain(CODE).doesNotContain(NUMBER).doesNotContain("pa:ss");
    }

    @Test
    void anyTwoHundredIsAccepted() {
        status = 202;

        gateway(Duration.ofSeconds(5)).send(MESSAGE);

        assertThat(recorded).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 504})
    void serverErrorIsRetryable(int serverStatus) {
        status = serverStatus;

        SmsDeliveryException e = refused(gateway(Duration.ofSeconds(5)));

        assertThat(e.isRetryable()).isTrue();
        assertThat(e.providerStatus()).hasValue(serverStatus);
        assertThat(e.getMessage()).contains("HTTP " + serverStatus, "Retryable", "security-code-42", "+36 ***** 4567");
    }

    @Test
    void badRequestIsNotRetryable(CapturedOutput output) {
        status = 400;

        SmsDeliveryException e = refused(gateway(Duration.ofSeconds(5)));

        assertThat(e.isRetryable()).isFalse();
        assertThat(e.providerStatus()).hasValue(400);
        assertThat(e.getMessage()).contains("HTTP 400", "Not retryable", "security-code-42", "+36 ***** 4567");
        assertThat(output.getAll()).contains("status=400", "retryable=false").doesNotContain(CODE);
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403, 404, 422})
    void otherClientErrorsAreNotRetryable(int clientStatus) {
        status = clientStatus;

        assertThat(refused(gateway(Duration.ofSeconds(5))).isRetryable()).isFalse();
    }

    @Test
    void tooManyRequestsIsRetryableAndTellsRetryAfter() {
        status = 429;
        extraHeaders = Map.of("Retry-After", "30");

        SmsDeliveryException e = refused(gateway(Duration.ofSeconds(5)));

        assertThat(e.isRetryable()).isTrue();
        assertThat(e.providerStatus()).hasValue(429);
        assertThat(e.getMessage()).contains("HTTP 429", "Retry-After: 30");
    }

    @Test
    void requestTimeoutStatusIsRetryable() {
        status = 408;

        assertThat(refused(gateway(Duration.ofSeconds(5))).isRetryable()).isTrue();
    }

    @Test
    void redirectIsNotFollowedAndNotRetryable() {
        status = 302;
        extraHeaders = Map.of("Location", "http://127.0.0.1:1/elsewhere");

        assertThat(refused(gateway(Duration.ofSeconds(5))).isRetryable()).isFalse();
    }

    @Test
    void readTimeoutIsRetryableAndDoesNotWaitForTheProvider(CapturedOutput output) {
        delay = Duration.ofSeconds(10);
        long started = System.nanoTime();

        SmsDeliveryException e = refused(gateway(Duration.ofMillis(300)));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        assertThat(e.isRetryable()).isTrue();
        assertThat(e.providerStatus()).isEmpty();
        assertThat(e.getMessage()).contains("read timeout", "PT0.3S", "security-code-42", "+36 ***** 4567");
        assertThat(output.getAll()).contains("HttpTimeoutException", "retryable=true").doesNotContain(CODE);
    }

    @Test
    void refusedConnectionIsRetryable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        long started = System.nanoTime();

        SmsDeliveryException e = refused(gateway("http://127.0.0.1:" + closedPort + PATH, Duration.ofSeconds(5)));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        assertThat(e.isRetryable()).isTrue();
        assertThat(e.providerStatus()).isEmpty();
        assertThat(e.getMessage()).contains("refused the connection", "security-code-42", "+36 ***** 4567");
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 429, 500, 503, 599})
    void retryableStatuses(int retryable) {
        assertThat(HttpSmsGateway.isRetryable(retryable)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {100, 301, 400, 401, 403, 404, 409, 413, 422})
    void notRetryableStatuses(int notRetryable) {
        assertThat(HttpSmsGateway.isRetryable(notRetryable)).isFalse();
    }

    /** Sends, expects the refusal, and checks that neither the exception nor its causes repeat the text. */
    private static SmsDeliveryException refused(HttpSmsGateway gateway) {
        SmsDeliveryException e = catchThrowableOfType(() -> gateway.send(MESSAGE), SmsDeliveryException.class);
        assertThat(e).as("SmsDeliveryException").isNotNull();
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(CODE).doesNotContain("kódja")
                    .doesNotContain(NUMBER);
            assertThat(t.toString()).doesNotContain(CODE);
        }
        assertThat(e.idempotencyKey()).isEqualTo("security-code-42");
        assertThat(e.maskedRecipient()).isEqualTo("+36 ***** 4567");
        return e;
    }
}
