package hu.insurer.lifeaccess.securitycode;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;

import org.springframework.stereotype.Component;

/**
 * Generates new security codes: {@value SecurityCode#LENGTH} characters drawn independently and uniformly from the
 * 32-character {@link SecurityCode#ALPHABET}, i.e. 50 bits of entropy (at least 40 are required: docs/architecture.md, "The security code").
 *
 * <p>Each character takes the low five bits of one random byte ({@code b & 31}). This has no modulo bias: 256 is a
 * multiple of 32, so each of the 32 values is hit by exactly 8 of the 256 byte values.
 *
 * <p>Thread-safe ({@link SecureRandom} is).
 */
@Component
public class SecurityCodeGenerator {

    private static final int FIVE_BITS = 0x1F;

    private final SecureRandom random;

    /** Uses a new {@link SecureRandom} with the platform's default (strong, self-seeding) algorithm. */
    public SecurityCodeGenerator() {
        this(new SecureRandom());
    }

    /** For tests: a seeded source gives reproducible codes. */
    public SecurityCodeGenerator(SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    public SecurityCode generate() {
        byte[] bytes = new byte[SecurityCode.LENGTH];
        char[] chars = new char[SecurityCode.LENGTH];
        try {
            random.nextBytes(bytes);
            for (int i = 0; i < bytes.length; i++) {
                chars[i] = SecurityCode.ALPHABET.charAt(bytes[i] & FIVE_BITS);
            }
            return SecurityCode.of(new String(chars));
        } finally {
            Arrays.fill(bytes, (byte) 0);
            Arrays.fill(chars, '\0');
        }
    }
}
