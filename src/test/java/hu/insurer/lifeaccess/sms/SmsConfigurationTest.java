package hu.insurer.lifeaccess.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Which adapter {@code life-access.sms.gateway} picks, and the starts it refuses. */
class SmsConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withBean(JdbcClient.class, () -> JdbcClient.create(new DriverManagerDataSource("jdbc:h2:mem:unused")))
            .withBean(Clock.class, Clock::systemUTC)
            .withPropertyValues("life-access.sms.delivery-reports.secret=a-long-shared-secret")
            .withUserConfiguration(SmsConfiguration.class, SmsOutboxController.class);

    private static final String[] PROVIDER = {
            "life-access.sms.http.url=https://sms.example.hu/v1/messages",
            "life-access.sms.http.username=insurer",
            "life-access.sms.http.password=secret",
            "life-access.sms.http.sender-id=Biztosito"};

    @Test
    void outboxByDefault() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(SmsGateway.class)).isInstanceOf(OutboxSmsGateway.class);
            assertThat(context).hasSingleBean(SmsOutbox.class).hasSingleBean(SmsOutboxController.class)
                    .doesNotHaveBean(HttpSmsGateway.class);
        });
    }

    @Test
    void outboxWhenAskedFor() {
        runner.withPropertyValues("life-access.sms.gateway=outbox").run(context ->
                assertThat(context.getBean(SmsGateway.class)).isInstanceOf(OutboxSmsGateway.class));
    }

    @Test
    void httpWithItsSettingsAndDefaultTimeouts() {
        runner.withPropertyValues("life-access.sms.gateway=http").withPropertyValues(PROVIDER).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(SmsGateway.class)).isInstanceOf(HttpSmsGateway.class);
            assertThat(context).doesNotHaveBean(SmsOutbox.class).doesNotHaveBean(SmsOutboxController.class);
            SmsProviderSettings settings = context.getBean(SmsProviderSettings.class);
            assertThat(settings.senderId()).isEqualTo("Biztosito");
            assertThat(settings.connectTimeout()).hasSeconds(5);
            assertThat(settings.readTimeout()).hasSeconds(10);
        });
    }

    @Test
    void httpTimeoutsCanBeSet() {
        runner.withPropertyValues("life-access.sms.gateway=http", "life-access.sms.http.connect-timeout=2s",
                "life-access.sms.http.read-timeout=1500ms").withPropertyValues(PROVIDER).run(context -> {
                    SmsProviderSettings settings = context.getBean(SmsProviderSettings.class);
                    assertThat(settings.connectTimeout()).hasSeconds(2);
                    assertThat(settings.readTimeout()).hasMillis(1500);
                });
    }

    @Test
    void httpWithoutItsSettingsDoesNotStart() {
        runner.withPropertyValues("life-access.sms.gateway=http", "life-access.sms.http.password=secret")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("SMS_PROVIDER_URL");
                    assertThat(stackOf(context.getStartupFailure())).doesNotContain("secret");
                });
    }

    @Test
    void anUnknownGatewayDoesNotStart() {
        runner.withPropertyValues("life-access.sms.gateway=htpp").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("life-access.sms.gateway must be 'outbox' or 'http', not 'htpp'");
        });
    }

    @Test
    void prodRefusesTheOutbox() {
        runner.withPropertyValues("spring.profiles.active=prod").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("prod profile")
                    .hasMessageContaining("life-access.sms.gateway=http");
        });
    }

    @Test
    void prodWithTheProviderHasNoDevelopmentInbox() {
        runner.withPropertyValues("spring.profiles.active=prod", "life-access.sms.gateway=http")
                .withPropertyValues(PROVIDER).run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(SmsGateway.class)).isInstanceOf(HttpSmsGateway.class);
                    assertThat(context).doesNotHaveBean(SmsOutboxController.class);
                });
    }

    private static String stackOf(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t).append('\n');
        }
        return all.toString();
    }
}
