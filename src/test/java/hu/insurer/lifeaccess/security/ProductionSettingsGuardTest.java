package hu.insurer.lifeaccess.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;

import hu.insurer.lifeaccess.LifeAccessApplication;

class ProductionSettingsGuardTest {

    @Test
    void namesEveryMissingSettingByItsEnvironmentVariable() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("prod");
        environment.setProperty("spring.datasource.url", "jdbc:postgresql://db/lifeaccess");

        assertThat(ProductionSettingsGuard.missingSettings(environment)).containsExactly(
                "DB_PASSWORD (spring.datasource.password)",
                "DB_USERNAME (spring.datasource.username)",
                "PORTAL_CLIENT_ID (life-access.portal.client.id)",
                "PORTAL_CLIENT_SECRET_BCRYPT (life-access.portal.client.secret-bcrypt)",
                "SECURITY_CODE_HMAC_KEY (life-access.security-code.hmac-key)",
                "SMS_DELIVERY_REPORT_SECRET (life-access.sms.delivery-reports.secret)",
                "SMS_PROVIDER_PASSWORD (life-access.sms.http.password)",
                "SMS_PROVIDER_URL (life-access.sms.http.url)",
                "SMS_PROVIDER_USERNAME (life-access.sms.http.username)",
                "SMS_SENDER (life-access.sms.http.sender-id)");
    }

    @Test
    void refusesTheEmbeddedDatabaseInProduction() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:h2:file:./data/x")
                .withProperty("spring.datasource.username", "sa")
                .withProperty("spring.datasource.password", "x")
                .withProperty("life-access.security-code.hmac-key", "k")
                .withProperty("life-access.sms.http.url", "https://sms.example/send")
                .withProperty("life-access.sms.http.username", "u")
                .withProperty("life-access.sms.http.password", "p")
                .withProperty("life-access.sms.http.sender-id", "Biztosito")
                .withProperty("life-access.sms.delivery-reports.secret", "a-long-shared-secret")
                .withProperty("life-access.portal.client.id", "portal")
                .withProperty("life-access.portal.client.secret-bcrypt", "$2a$10$x");

        assertThat(ProductionSettingsGuard.missingSettings(environment))
                .containsExactly("DB_URL must name a production database, not embedded H2");
    }

    @Test
    void acceptsACompleteProductionConfiguration() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/lifeaccess")
                .withProperty("spring.datasource.username", "lifeaccess")
                .withProperty("spring.datasource.password", "secret")
                .withProperty("life-access.security-code.hmac-key", "a-long-random-key")
                .withProperty("life-access.sms.http.url", "https://sms.example/send")
                .withProperty("life-access.sms.http.username", "insurer")
                .withProperty("life-access.sms.http.password", "secret")
                .withProperty("life-access.sms.http.sender-id", "Biztosito")
                .withProperty("life-access.sms.delivery-reports.secret", "a-long-shared-secret")
                .withProperty("life-access.portal.client.id", "customer-portal")
                .withProperty("life-access.portal.client.secret-bcrypt",
                        "$2a$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW");

        assertThat(ProductionSettingsGuard.missingSettings(environment)).isEmpty();
    }

    @Test
    void theProdProfileDoesNotStartWithoutDatabaseAndSecrets() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(LifeAccessApplication.class)
                .profiles("prod")
                .properties("server.port=0")
                .run())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("DB_URL (spring.datasource.url)")
                .hasMessageContaining("SECURITY_CODE_HMAC_KEY")
                .hasMessageContaining("PORTAL_CLIENT_SECRET_BCRYPT");
    }
}
