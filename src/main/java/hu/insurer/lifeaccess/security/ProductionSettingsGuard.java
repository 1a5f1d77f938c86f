package hu.insurer.lifeaccess.security;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start the {@code prod} profile without an explicit database and secrets, so that a production
 * install never falls back to the embedded database or the development HMAC key. Registered in
 * META-INF/spring.factories: it must run before any bean exists, right after logging is set up.
 */
public class ProductionSettingsGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(ProductionSettingsGuard.class);

    /** Property → the environment variable an operator sets for it. */
    static final Map<String, String> REQUIRED = Map.ofEntries(
            Map.entry("spring.datasource.url", "DB_URL"),
            Map.entry("spring.datasource.username", "DB_USERNAME"),
            Map.entry("spring.datasource.password", "DB_PASSWORD"),
            Map.entry("life-access.security-code.hmac-key", "SECURITY_CODE_HMAC_KEY"),
            Map.entry("life-access.sms.http.url", "SMS_PROVIDER_URL"),
            Map.entry("life-access.sms.http.username", "SMS_PROVIDER_USERNAME"),
            Map.entry("life-access.sms.http.password", "SMS_PROVIDER_PASSWORD"),
            Map.entry("life-access.sms.http.sender-id", "SMS_SENDER"),
            Map.entry("life-access.sms.delivery-reports.secret", "SMS_DELIVERY_REPORT_SECRET"),
            Map.entry("life-access.portal.client.id", "PORTAL_CLIENT_ID"),
            Map.entry("life-access.portal.client.secret-bcrypt", "PORTAL_CLIENT_SECRET_BCRYPT"));

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        if (!environment.matchesProfiles("prod")) {
            return;
        }
        List<String> missing = missingSettings(environment);
        if (!missing.isEmpty()) {
            String message = "The prod profile needs these settings, which are missing: " + String.join(", ", missing);
            LOG.error(message);
            throw new IllegalStateException(message);
        }
    }

    static List<String> missingSettings(ConfigurableEnvironment environment) {
        List<String> missing = REQUIRED.entrySet().stream()
                .filter(required -> isBlank(environment.getProperty(required.getKey())))
                .map(required -> required.getValue() + " (" + required.getKey() + ")")
                .sorted()
                .collect(Collectors.toList());
        String url = environment.getProperty("spring.datasource.url", "");
        if (url.startsWith("jdbc:h2:")) {
            missing.add("DB_URL must name a production database, not embedded H2");
        }
        return missing;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    @Override
    public int getOrder() {
        // after LoggingApplicationListener (HIGHEST_PRECEDENCE + 20), so the error line is logged
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }
}
