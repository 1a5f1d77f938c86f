package hu.insurer.lifeaccess.sms;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SMS provider of {@link HttpSmsGateway}, bound from {@code life-access.sms.http.*} (only when
 * {@code life-access.sms.gateway=http}). Checked when bound, so a missing setting stops the start with a message
 * that names the property and its environment variable; the password never appears in a message or in
 * {@link #toString()}.
 *
 * @param url            the provider's send endpoint, an absolute {@code https} (or {@code http}) URL without
 *                       credentials in it ({@code SMS_PROVIDER_URL})
 * @param username       HTTP Basic user ({@code SMS_PROVIDER_USERNAME})
 * @param password       HTTP Basic password ({@code SMS_PROVIDER_PASSWORD})
 * @param senderId       the sender shown on the phone, the {@code from} of the request ({@code SMS_SENDER})
 * @param connectTimeout how long to wait for the TCP/TLS connection, default 5 s
 * @param readTimeout    how long to wait for the provider's answer once the request is sent, default 10 s
 */
@ConfigurationProperties(SmsProviderSettings.PREFIX)
public record SmsProviderSettings(
        String url,
        String username,
        String password,
        String senderId,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("10s") Duration readTimeout) {

    public static final String PREFIX = "life-access.sms.http";

    public SmsProviderSettings {
        requireText(url, "url", "SMS_PROVIDER_URL");
        requireText(username, "username", "SMS_PROVIDER_USERNAME");
        requireText(password, "password", "SMS_PROVIDER_PASSWORD");
        requireText(senderId, "sender-id", "SMS_SENDER");
        checkUrl(url);
        requirePositive(connectTimeout, "connect-timeout");
        requirePositive(readTimeout, "read-timeout");
    }

    /** The {@link #url()} as a URI. */
    public URI uri() {
        return URI.create(url.strip());
    }

    /** Without the password. */
    @Override
    public String toString() {
        return "SmsProviderSettings[url=" + url + ", username=" + username + ", password=(not shown), senderId="
                + senderId + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + "]";
    }

    private static void requireText(String value, String property, String environmentVariable) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(PREFIX + "." + property + " is missing (environment variable "
                    + environmentVariable + "); it is required when life-access.sms.gateway=http");
        }
    }

    private static void checkUrl(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(PREFIX + ".url is not a valid URL");
        }
        if (!uri.isAbsolute() || uri.getHost() == null
                || !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
            throw new IllegalArgumentException(PREFIX + ".url must be an absolute https:// (or http://) URL");
        }
        if (uri.getRawUserInfo() != null) {
            // deliberately not repeating the URL: it holds a secret
            throw new IllegalArgumentException(PREFIX + ".url must not contain credentials; set "
                    + PREFIX + ".username and .password instead");
        }
    }

    private static void requirePositive(Duration duration, String property) {
        if (duration == null || duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException(PREFIX + "." + property + " must be a positive duration, e.g. 5s");
        }
    }
}
