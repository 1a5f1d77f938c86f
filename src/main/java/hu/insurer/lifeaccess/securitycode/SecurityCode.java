package hu.insurer.lifeaccess.securitycode;

import java.util.Objects;

/**
 * A customer security code ("ügyfélbiztonsági kód") in plain text: {@value #LENGTH} characters of Crockford base32
 * (alphabet {@value #ALPHABET}, no I, L, O or U), e.g. {@code 7KQ4M9XW2P}.
 *
 * <p>The plain code exists only in memory and in the SMS text. This type is built so that it does not
 * leak by accident:
 * <ul>
 *   <li>{@link #toString()} is redacted, so logging or concatenating it prints {@code SecurityCode[****]};</li>
 *   <li>there is no bean-style getter, so Jackson (and with it Camunda Spin JSON variables) refuses to serialise it,
 *       and it is not {@link java.io.Serializable};</li>
 *   <li>{@link #plain()} is package-private: only {@link SecurityCodeHasher} needs the raw characters; outside this
 *       package the code can only be hashed or put into the SMS ({@link SecurityCodeMessage}, {@link #grouped()});</li>
 *   <li>{@code equals}/{@code hashCode} are deliberately not overridden (identity): codes are compared only through
 *       their HMAC, in constant time ({@link SecurityCodeHasher#matches(SecurityCode, String)}).</li>
 * </ul>
 * Instances come from {@link SecurityCodeGenerator#generate()} (a new code) or
 * {@link SecurityCodeInput#normalize(String)} (what a customer typed).
 */
public final class SecurityCode {

    /** Crockford base32: digits and upper-case letters without I, L, O and U. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /** Number of characters; 10 × 5 bits = 50 bits of entropy. */
    public static final int LENGTH = 10;

    /** Group length of {@link #grouped()}. */
    static final int GROUP = 4;

    private final String plain;

    private SecurityCode(String plain) {
        this.plain = plain;
    }

    /**
     * Wraps an already normalised code.
     *
     * @throws IllegalArgumentException when {@code plain} is not exactly {@value #LENGTH} characters of
     *                                  {@link #ALPHABET}; the message never repeats the value
     */
    static SecurityCode of(String plain) {
        Objects.requireNonNull(plain, "plain");
        if (!isNormalised(plain)) {
            throw new IllegalArgumentException(
                    "Not a normalised security code (" + LENGTH + " characters of the Crockford base32 alphabet)");
        }
        return new SecurityCode(plain);
    }

    static boolean isNormalised(String candidate) {
        if (candidate.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(candidate.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The code as the SMS shows it: groups of four separated by hyphens, e.g. {@code 7KQ4-M9XW-2P}. */
    public String grouped() {
        StringBuilder grouped = new StringBuilder(LENGTH + LENGTH / GROUP);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % GROUP == 0) {
                grouped.append('-');
            }
            grouped.append(plain.charAt(i));
        }
        return grouped.toString();
    }

    /** The ten plain characters, for hashing only. Never log, persist or show this. */
    String plain() {
        return plain;
    }

    /** Redacted: never prints the code. */
    @Override
    public String toString() {
        return "SecurityCode[****]";
    }
}
