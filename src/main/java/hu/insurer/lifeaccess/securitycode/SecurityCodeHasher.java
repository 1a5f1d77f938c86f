package hu.insurer.lifeaccess.securitycode;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The keyed hash under which a security code is stored (docs/decisions/0001-hmac-for-security-codes.md): HMAC-SHA-256 of the ten plain characters
 * (US-ASCII) under the secret key {@code life-access.security-code.hmac-key}, written as 64 lower-case hex digits
 * (the {@code security_code.code_hash} column).
 *
 * <p>The key is the UTF-8 bytes of the configured string as it is (not Base64-decoded). Changing the key makes every
 * outstanding code unredeemable, since its stored hash no longer matches.
 *
 * <p>Thread-safe: a {@link Mac} is not, so each call creates its own (cheap next to a database round trip).
 */
@Component
public class SecurityCodeHasher {

    /** Property the key comes from; named in error messages instead of the key itself. */
    public static final String KEY_PROPERTY = "life-access.security-code.hmac-key";

    /** Shortest key accepted, in characters (ignoring leading and trailing white space). */
    public static final int MIN_KEY_LENGTH = 16;

    static final String ALGORITHM = "HmacSHA256";
    private static final int HASH_BYTES = 32;
    private static final HexFormat HEX = HexFormat.of();

    private final SecretKeySpec key;

    /**
     * @param key the secret key, at least {@value #MIN_KEY_LENGTH} characters
     * @throws IllegalArgumentException when the key is missing, blank or too short; the message never contains it
     */
    public SecurityCodeHasher(@Value("${" + KEY_PROPERTY + "}") String key) {
        requireUsableKey(key);
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), ALGORITHM);
        newMac(); // fail at start-up, not at the first redemption, if HMAC-SHA-256 is unavailable
    }

    /** Refuses a missing, blank or short key with a message that names the property, never the key. */
    static void requireUsableKey(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("The security code HMAC key (" + KEY_PROPERTY + ") is not set");
        }
        if (key.strip().length() < MIN_KEY_LENGTH) {
            throw new IllegalArgumentException("The security code HMAC key (" + KEY_PROPERTY
                    + ") is too short: it must be at least " + MIN_KEY_LENGTH + " characters");
        }
    }

    /** The stored form of a code: 64 lower-case hex digits. */
    public String hash(SecurityCode code) {
        return HEX.formatHex(mac(code.plain()));
    }

    /**
     * Whether {@code candidate} is the code stored as {@code storedHash}, compared in constant time
     * ({@link MessageDigest#isEqual}).
     *
     * @param storedHash 64 hex digits as written by {@link #hash(SecurityCode)} (either case)
     * @throws IllegalArgumentException when {@code storedHash} is not 64 hex digits (corrupt data, not a wrong code)
     */
    public boolean matches(SecurityCode candidate, String storedHash) {
        Objects.requireNonNull(candidate, "candidate");
        byte[] expected = parseStoredHash(storedHash);
        return MessageDigest.isEqual(mac(candidate.plain()), expected);
    }

    /**
     * As {@link #matches(SecurityCode, String)}, for a code already normalised by
     * {@link SecurityCodeInput#normalize(String)} (prefer passing the {@link SecurityCode} itself).
     *
     * @throws IllegalArgumentException when {@code normalisedInput} is not a normalised code (the message does not
     *                                  repeat it) or {@code storedHash} is not 64 hex digits
     */
    public boolean matches(String normalisedInput, String storedHash) {
        Objects.requireNonNull(normalisedInput, "normalisedInput");
        return matches(SecurityCode.of(normalisedInput), storedHash);
    }

    private static byte[] parseStoredHash(String storedHash) {
        Objects.requireNonNull(storedHash, "storedHash");
        if (storedHash.length() != 2 * HASH_BYTES) {
            throw new IllegalArgumentException("Stored security code hash is not " + 2 * HASH_BYTES + " hex digits");
        }
        try {
            return HEX.parseHex(storedHash);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Stored security code hash is not " + 2 * HASH_BYTES + " hex digits");
        }
    }

    private byte[] mac(String plain) {
        return newMac().doFinal(plain.getBytes(StandardCharsets.US_ASCII));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(ALGORITHM + " is not available", e);
        }
    }

    /** Does not print the key. */
    @Override
    public String toString() {
        return "SecurityCodeHasher[" + ALGORITHM + ", key=****]";
    }
}
