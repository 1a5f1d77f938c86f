package hu.insurer.lifeaccess.portal;

import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The portal's technical credential, bound from {@code life-access.portal.client.*}: a client id and the bcrypt hash
 * of its secret (never the secret itself). Under the prod profile both come from the environment
 * ({@code PORTAL_CLIENT_ID}, {@code PORTAL_CLIENT_SECRET_BCRYPT}); the default profile's demo client is
 * {@code portal} / {@code portal}.
 *
 * @param id           the client id the portal sends as the Basic user name
 * @param secretBcrypt the bcrypt hash of its secret, e.g. from {@code htpasswd -bnBC 12 "" 'secret' | tr -d ':\n'}
 */
@ConfigurationProperties("life-access.portal.client")
public record PortalClientSettings(String id, String secretBcrypt) {

    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}");

    /** @throws IllegalArgumentException when a value is missing or the hash is not bcrypt (never repeats it) */
    public PortalClientSettings {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("life-access.portal.client.id (PORTAL_CLIENT_ID) is not set");
        }
        if (secretBcrypt == null || !BCRYPT.matcher(secretBcrypt.strip()).matches()) {
            throw new IllegalArgumentException("life-access.portal.client.secret-bcrypt (PORTAL_CLIENT_SECRET_BCRYPT) "
                    + "must be the bcrypt hash of the portal client's secret ($2a$, $2b$ or $2y$, cost and 53 characters)");
        }
        secretBcrypt = secretBcrypt.strip();
    }

    /** The bcrypt cost factor of the stored hash, e.g. 10 for {@code $2a$10$...}. */
    int cost() {
        return Integer.parseInt(secretBcrypt.substring(secretBcrypt.indexOf('$', 1) + 1, secretBcrypt.lastIndexOf('$')));
    }

    @Override
    public String toString() {
        return "PortalClientSettings[id=" + id + ", secretBcrypt=****]";
    }
}
