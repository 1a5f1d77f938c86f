package hu.insurer.lifeaccess.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The user id (or client id) and password of an HTTP Basic {@code Authorization} header. */
public record BasicCredentials(String userId, String password) {

    private static final String BASIC = "Basic ";

    /** The Basic credentials of an Authorization header, or null when there are none usable. */
    public static BasicCredentials of(String header) {
        if (header == null || header.length() <= BASIC.length()
                || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).strip()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0 || colon == decoded.length() - 1) {
            return null;
        }
        return new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    @Override
    public String toString() {
        return "BasicCredentials[userId=" + userId + ", password=(not shown)]";
    }
}
