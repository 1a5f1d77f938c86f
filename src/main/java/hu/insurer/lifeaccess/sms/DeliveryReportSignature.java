package hu.insurer.lifeaccess.sms;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How the provider authenticates a delivery report: header {@code X-Timestamp} (Unix seconds) and header
 * {@code X-Signature: sha256=<hex>}, the HMAC-SHA-256 under the shared secret of {@code <timestamp>.<body>}. A
 * report is accepted only within the allowed clock skew of its timestamp, so a captured report cannot be replayed
 * later; within that window a repeat changes nothing (the code keeps the report of the same time once).
 */
public final class DeliveryReportSignature {

    public static final String TIMESTAMP_HEADER = "X-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Signature";
    private static final String PREFIX = "sha256=";
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final Duration maxClockSkew;
    private final Clock clock;

    public DeliveryReportSignature(DeliveryReportSettings settings, Clock clock) {
        this.key = new SecretKeySpec(settings.secret().getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.maxClockSkew = settings.maxClockSkew();
        this.clock = clock;
    }

    /** The signature header value for a body signed at {@code timestamp} (what the provider sends). */
    public String sign(long timestamp, String body) {
        return PREFIX + HexFormat.of().formatHex(mac(timestamp + "." + body));
    }

    /** Whether the report is signed with the shared secret and recent enough. */
    public boolean verify(String timestamp, String signature, String body) {
        if (timestamp == null || signature == null || body == null || !timestamp.matches("\\d{1,12}")) {
            return false;
        }
        long seconds = Long.parseLong(timestamp);
        Duration skew = Duration.between(Instant.ofEpochSecond(seconds), clock.instant()).abs();
        if (skew.compareTo(maxClockSkew) > 0) {
            return false;
        }
        byte[] expected = sign(seconds, body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.strip().toLowerCase().getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] mac(String input) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(input.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available", e);
        }
    }
}
