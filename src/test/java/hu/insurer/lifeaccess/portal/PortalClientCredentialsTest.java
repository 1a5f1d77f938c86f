package hu.insurer.lifeaccess.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import hu.insurer.lifeaccess.portal.PortalClientCredentials.Verdict;

/** The portal client's credential with real bcrypt hashes (cost 4, to keep the test quick). */
class PortalClientCredentialsTest {

    private static final String HASH = new BCryptPasswordEncoder(4).encode("s3cret:with-colon");

    private final PortalClientCredentials credentials = credentials(100);

    @Test
    void theRightIdAndSecretAreAccepted() {
        assertThat(credentials.check("customer-portal", "s3cret:with-colon")).isEqualTo(Verdict.ACCEPTED);
        assertThat(credentials.check("customer-portal", "s3cret:with-colon")).as("again, without bcrypt")
                .isEqualTo(Verdict.ACCEPTED);
    }

    @Test
    void aWrongSecretAnUnknownIdOrAnOverlongSecretAreRefused() {
        assertThat(credentials.check("customer-portal", "guess")).isEqualTo(Verdict.REFUSED);
        assertThat(credentials.check("portal", "s3cret:with-colon")).isEqualTo(Verdict.REFUSED);
        assertThat(credentials.check("customer-portal", "s3cret:with-colon" + "x".repeat(100))).isEqualTo(Verdict.REFUSED);
    }

    @Test
    void wrongSecretsNeverLockTheClient() {
        for (int i = 0; i < 50; i++) {
            credentials.check("customer-portal", "guess-" + i);
        }
        assertThat(credentials.check("customer-portal", "s3cret:with-colon")).isEqualTo(Verdict.ACCEPTED);
    }

    @Test
    void aSecretOnceVerifiedIsRecognisedWhileAFloodOfUnknownOnesIsHeldBack() {
        PortalClientCredentials limited = credentials(3);
        assertThat(limited.check("customer-portal", "s3cret:with-colon")).isEqualTo(Verdict.ACCEPTED);
        for (int i = 0; i < 3; i++) {
            limited.check("customer-portal", "guess-" + i);
        }

        assertThat(limited.check("customer-portal", "another-guess")).isEqualTo(Verdict.TOO_MANY_CHECKS);
        assertThat(limited.check("customer-portal", "s3cret:with-colon")).isEqualTo(Verdict.ACCEPTED);
    }

    @Test
    void theSettingsRefuseAMissingIdAndAPlainSecret() {
        assertThatThrownBy(() -> new PortalClientSettings(" ", HASH)).hasMessageContaining("PORTAL_CLIENT_ID");
        assertThatThrownBy(() -> new PortalClientSettings("portal", "portal"))
                .hasMessageContaining("PORTAL_CLIENT_SECRET_BCRYPT").hasMessageNotContaining("portal\"");
        assertThat(new PortalClientSettings("portal", HASH).cost()).isEqualTo(4);
        assertThat(new PortalClientSettings("portal", HASH).toString()).doesNotContain(HASH);
    }

    private static PortalClientCredentials credentials(int checksPerSecond) {
        return new PortalClientCredentials(new PortalClientSettings("customer-portal", HASH),
                new PortalRateLimitSettings(10, Duration.ofMinutes(15), 300, Duration.ofSeconds(1), checksPerSecond));
    }
}
