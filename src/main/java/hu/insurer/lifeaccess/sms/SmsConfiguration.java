package hu.insurer.lifeaccess.sms;

import java.time.Clock;
import java.util.Set;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Chooses the {@link SmsGateway} adapter by {@code life-access.sms.gateway}:
 * <ul>
 * <li>{@code outbox} (the default when the property is missing): {@link OutboxSmsGateway} plus its read side
 * {@link SmsOutbox} (and, outside {@code prod}, the development inbox {@code GET /api/dev/sms-outbox});</li>
 * <li>{@code http}: {@link HttpSmsGateway} with {@link SmsProviderSettings} from {@code life-access.sms.http.*}.</li>
 * </ul>
 * Any other value, and the outbox under the {@code prod} profile (it would keep security codes in a table instead
 * of sending them), stop the start with a message saying what to set.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeliveryReportSettings.class)
public class SmsConfiguration {

    public static final String GATEWAY_PROPERTY = "life-access.sms.gateway";
    public static final String OUTBOX = "outbox";
    public static final String HTTP = "http";

    SmsConfiguration(Environment environment) {
        checkGatewayChoice(environment);
    }

    static void checkGatewayChoice(Environment environment) {
        String gateway = environment.getProperty(GATEWAY_PROPERTY, OUTBOX);
        if (!Set.of(OUTBOX, HTTP).contains(gateway)) {
            throw new IllegalStateException(GATEWAY_PROPERTY + " must be '" + OUTBOX + "' or '" + HTTP + "', not '"
                    + gateway + "'");
        }
        if (OUTBOX.equals(gateway) && environment.matchesProfiles("prod")) {
            throw new IllegalStateException("The prod profile must send SMS through a provider: set "
                    + GATEWAY_PROPERTY + "=" + HTTP + " and the " + SmsProviderSettings.PREFIX
                    + ".* settings (SMS_PROVIDER_URL, SMS_PROVIDER_USERNAME, SMS_PROVIDER_PASSWORD, SMS_SENDER)");
        }
    }

    @Bean
    DeliveryReportSignature deliveryReportSignature(DeliveryReportSettings settings, Clock clock) {
        return new DeliveryReportSignature(settings, clock);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = GATEWAY_PROPERTY, havingValue = OUTBOX, matchIfMissing = true)
    static class OutboxAdapter {

        @Bean
        OutboxSmsGateway outboxSmsGateway(JdbcClient jdbc, Clock clock) {
            return new OutboxSmsGateway(jdbc, clock);
        }

        @Bean
        SmsOutbox smsOutbox(JdbcClient jdbc) {
            return new SmsOutbox(jdbc);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = GATEWAY_PROPERTY, havingValue = HTTP)
    @EnableConfigurationProperties(SmsProviderSettings.class)
    static class HttpAdapter {

        @Bean
        HttpSmsGateway httpSmsGateway(SmsProviderSettings settings) {
            return new HttpSmsGateway(settings);
        }
    }
}
