package hu.insurer.lifeaccess.securitycode;

import java.util.Optional;

/**
 * Reads a security code as a customer types it on the portal.
 *
 * <p>Accepted: the {@value SecurityCode#LENGTH} code characters in either case, with hyphens and white space
 * anywhere (so {@code 7KQ4-M9XW-2P}, {@code 7kq4 m9xw 2p} and {@code 7KQ4M9XW2P} are the same code). Following the
 * Crockford base32 decoding rules the look-alike letters are read as digits: {@code O} as {@code 0}, {@code I} and
 * {@code L} as {@code 1}. Besides the ASCII hyphen, the Unicode hyphens and dashes a phone keyboard or a copy from the
 * SMS may produce (U+2010 to U+2013, U+2212) count as hyphens, and any Unicode space (e.g. no-break space) as space.
 *
 * <p>Refused (empty result): {@code null}, more than {@value #MAX_INPUT_LENGTH} characters, any other character
 * ({@code U}, punctuation, non-ASCII letters or digits, …), or a number of code characters other than
 * {@value SecurityCode#LENGTH}. A refused input is malformed (HTTP 400 from the portal API), not a failed attempt.
 */
public final class SecurityCodeInput {

    /** Longest input looked at; anything longer is refused before it is read. */
    public static final int MAX_INPUT_LENGTH = 32;

    private static final char NOT_A_CODE_CHARACTER = 0;
    private static final char SEPARATOR = 1;

    private SecurityCodeInput() {
    }

    /** The normalised code, or empty when the input is not a well-formed security code. */
    public static Optional<SecurityCode> normalize(String typed) {
        if (typed == null || typed.length() > MAX_INPUT_LENGTH) {
            return Optional.empty();
        }
        char[] code = new char[SecurityCode.LENGTH];
        int length = 0;
        for (int i = 0; i < typed.length(); i++) {
            char decoded = decode(typed.charAt(i));
            if (decoded == NOT_A_CODE_CHARACTER) {
                return Optional.empty();
            }
            if (decoded == SEPARATOR) {
                continue;
            }
            if (length == SecurityCode.LENGTH) {
                return Optional.empty();
            }
            code[length++] = decoded;
        }
        if (length != SecurityCode.LENGTH) {
            return Optional.empty();
        }
        return Optional.of(SecurityCode.of(new String(code)));
    }

    /** A code character (upper case), {@link #SEPARATOR}, or {@link #NOT_A_CODE_CHARACTER}. */
    private static char decode(char c) {
        if (c >= '0' && c <= '9') {
            return c;
        }
        // ASCII only: no toUpperCase, whose result depends on the locale (Turkish dotted i) and on Unicode
        char upper = c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c;
        if (upper >= 'A' && upper <= 'Z') {
            switch (upper) {
                case 'O':
                    return '0';
                case 'I':
                case 'L':
                    return '1';
                case 'U':
                    return NOT_A_CODE_CHARACTER;
                default:
                    return upper;
            }
        }
        if (isHyphen(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return SEPARATOR;
        }
        return NOT_A_CODE_CHARACTER;
    }

    private static boolean isHyphen(char c) {
        return c == '-' || (c >= '\u2010' && c <= '\u2013') || c == '\u2212';
    }
}
