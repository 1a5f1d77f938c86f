package hu.insurer.lifeaccess.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

import io.github.bucket4j.Bucket;

/**
 * Checks the portal client's id and secret against {@link PortalClientSettings}. Not a Camunda user: nothing locks
 * it, whatever strangers send. Every comparison takes the same time whether the id is known or not (an unknown id
 * is checked against a dummy hash of the same cost). A secret once verified is recognised by its SHA-256 (compared
 * in constant time) without another bcrypt; checks that need bcrypt are limited to
 * {@link PortalRateLimitSettings#credentialChecksPerSecond()} so that a flood of wrong secrets cannot take the CPU.
 */
@Component
class PortalClientCredentials {

    /** Longest secret bcrypt looks at in full. */
    private static final int BCRYPT_MAX_BYTES = 72;

    enum Verdict { ACCEPTED, REFUSED, TOO_MANY_CHECKS }

    private final byte[] clientId;
    private final String secretHash;
    private final String dummyHash;
    private final BCryptPasswordEncoder bcrypt;
    private final Bucket checks;
    private final AtomicReference<byte[]> verified = new AtomicReference<>();

    PortalClientCredentials(PortalClientSettings client, PortalRateLimitSettings limits) {
        this.clientId = client.id().getBytes(StandardCharsets.UTF_8);
        this.secretHash = client.secretBcrypt();
        this.bcrypt = new BCryptPasswordEncoder(client.cost());
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        this.dummyHash = bcrypt.encode(HexFormat.of().formatHex(random));
        int perSecond = limits.credentialChecksPerSecond();
        this.checks = Bucket.builder()
                .addLimit(limit -> limit.capacity(perSecond).refillGreedy(perSecond, Duration.ofSeconds(1)))
                .build();
    }

    String clientId() {
        return new String(clientId, StandardCharsets.UTF_8);
    }

    Verdict check(String id, String secret) {
        byte[] presented = sha256(id + ":" + secret);
        byte[] known = verified.get();
        if (known != null && MessageDigest.isEqual(known, presented)) {
            return Verdict.ACCEPTED;
        }
        if (!checks.tryConsume(1)) {
            return Verdict.TOO_MANY_CHECKS;
        }
        boolean idMatches = MessageDigest.isEqual(clientId, id.getBytes(StandardCharsets.UTF_8));
        boolean usable = secret.getBytes(StandardCharsets.UTF_8).length <= BCRYPT_MAX_BYTES;
        boolean secretMatches = bcrypt.matches(usable ? secret : "", idMatches ? secretHash : dummyHash);
        if (idMatches && usable && secretMatches) {
            verified.set(presented);
            return Verdict.ACCEPTED;
        }
        return Verdict.REFUSED;
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
