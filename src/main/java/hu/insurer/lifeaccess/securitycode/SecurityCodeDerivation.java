package hu.insurer.lifeaccess.securitycode;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The code of one send, reproducible by every retry on any node and readable by no one who lacks the secret key:
 * HMAC-SHA-256, under a key derived from {@code life-access.security-code.hmac-key} for this purpose only, of the
 * code's message key and a random 128-bit nonce stored with the pending code. The first
 * {@value SecurityCode#LENGTH} bytes of the result give the characters as {@link SecurityCodeGenerator} draws them
 * (the low five bits of each byte, no bias), so a derived code is as uniform as a generated one (50 bits). The nonce
 * is erased once the provider accepted the SMS; from then on only the keyed hash of the code is left, as before.
 */
@Component
public class SecurityCodeDerivation {

    private static final String ALGORITHM = "HmacSHA256";
    private static final byte[] PURPOSE = "life-access: security code of a send, v1".getBytes(StandardCharsets.US_ASCII);
    private static final int NONCE_BYTES = 16;
    private static final int FIVE_BITS = 0x1F;

    private final SecretKeySpec derivationKey;
    private final SecureRandom random = new SecureRandom();

    public SecurityCodeDerivation(@Value("${" + SecurityCodeHasher.KEY_PROPERTY + "}") String key) {
        SecurityCodeHasher.requireUsableKey(key);
        byte[] derived = mac(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), ALGORITHM), PURPOSE);
        this.derivationKey = new SecretKeySpec(derived, ALGORITHM);
        Arrays.fill(derived, (byte) 0);
    }

    /** A new nonce for a send: 32 hex digits. */
    public String newNonce() {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        return HexFormat.of().formatHex(nonce);
    }

    /** The code of the send with this message key and nonce; the same inputs give the same code. */
    public SecurityCode codeOf(String messageKey, String nonce) {
        byte[] bytes = mac(derivationKey, (messageKey + "\n" + nonce).getBytes(StandardCharsets.US_ASCII));
        char[] chars = new char[SecurityCode.LENGTH];
        try {
            for (int i = 0; i < chars.length; i++) {
                chars[i] = SecurityCode.ALPHABET.charAt(bytes[i] & FIVE_BITS);
            }
            return SecurityCode.of(new String(chars));
        } finally {
            Arrays.fill(bytes, (byte) 0);
            Arrays.fill(chars, '\0');
        }
    }

    private static byte[] mac(SecretKeySpec key, byte[] input) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available", e);
        }
    }

    @Override
    public String toString() {
        return "SecurityCodeDerivation[" + ALGORITHM + ", key=****]";
    }
}
