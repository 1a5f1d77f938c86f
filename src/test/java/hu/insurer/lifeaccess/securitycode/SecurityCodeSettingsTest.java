package hu.insurer.lifeaccess.securitycode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

class SecurityCodeSettingsTest {

    private static final String KEY = "a-secret-key-for-the-test";
    private static final String PREFIX = "life-access.security-code";

    private static SecurityCodeSettings bind(Map<String, String> properties) {
        Binder binder = new Binder(new MapConfigurationPropertySource(properties));
        return binder.bindOrCreate(PREFIX, SecurityCodeSettings.class);
    }

    private static Map<String, String> withKey() {
        Map<String, String> properties = new HashMap<>();
        properties.put(PREFIX + ".hmac-key", KEY);
        return properties;
    }

    @Test
    void boundFromThePrefix() {
        assertThat(SecurityCodeSettings.class.getAnnotation(ConfigurationProperties.class).value()).isEqualTo(PREFIX);
    }

    @Test
    void defaultsSevenDaysAndFiveAttempts() {
        SecurityCodeSettings settings = bind(withKey());
        assertThat(settings.hmacKey()).isEqualTo(KEY);
        assertThat(settings.validity()).isEqualTo(Duration.ofDays(7));
        assertThat(settings.maxFailedAttempts()).isEqualTo(5);
    }

    @Test
    void configuredValues() {
        Map<String, String> properties = withKey();
        properties.put(PREFIX + ".validity", "3d");
        properties.put(PREFIX + ".max-failed-attempts", "3");
        SecurityCodeSettings settings = bind(properties);
        assertThat(settings.validity()).isEqualTo(Duration.ofDays(3));
        assertThat(settings.maxFailedAttempts()).isEqualTo(3);
    }

    @Test
    void isoDurationAndTheLimitsAccepted() {
        assertThat(new SecurityCodeSettings(KEY, Duration.parse("PT30M"), 1).validity()).hasMinutes(30);
        assertThat(new SecurityCodeSettings(KEY, Duration.ofDays(30), 10).maxFailedAttempts()).isEqualTo(10);
        assertThat(new SecurityCodeSettings(KEY, null, 5).validity()).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void theShippedApplicationYamlBinds() throws IOException {
        PropertySource<?> yaml = new YamlPropertySourceLoader()
                .load("application.yaml", new ClassPathResource("application.yaml")).get(0);
        SecurityCodeSettings settings = new Binder(ConfigurationPropertySources.from(yaml))
                .bindOrCreate(PREFIX, SecurityCodeSettings.class);
        assertThat(settings.hmacKey()).isNotBlank();
        assertThat(settings.validity()).isEqualTo(Duration.ofDays(7));
        assertThat(settings.maxFailedAttempts()).isEqualTo(5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0s", "-1d", "31d", "PT721H"})
    void validityOutOfRangeRefused(String validity) {
        Map<String, String> properties = withKey();
        properties.put(PREFIX + ".validity", validity);
        assertThatThrownBy(() -> bind(properties))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("validity must be positive and at most 30 days");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 11, 100})
    void attemptsOutOfRangeRefused(int attempts) {
        assertThatThrownBy(() -> new SecurityCodeSettings(KEY, Duration.ofDays(7), attempts))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("max-failed-attempts must be between 1 and 10");
    }

    @Test
    void missingKeyRefused() {
        assertThatThrownBy(() -> bind(new HashMap<>(Map.of(PREFIX + ".validity", "7d"))))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("life-access.security-code.hmac-key").hasMessageContaining("not set");
    }

    @Test
    void shortKeyRefusedWithoutPrintingIt() {
        assertThatThrownBy(() -> bind(new HashMap<>(Map.of(PREFIX + ".hmac-key", "tiny-secret"))))
                .isInstanceOf(BindException.class)
                .hasMessageNotContaining("tiny-secret")
                .rootCause().hasMessageContaining("at least 16 characters").hasMessageNotContaining("tiny-secret");
    }

    @Test
    void toStringDoesNotPrintTheKey() {
        SecurityCodeSettings settings = bind(withKey());
        assertThat(settings.toString()).doesNotContain(KEY).contains("hmacKey=****", "PT168H", "5");
    }

    @Test
    void jacksonDoesNotWriteTheKey() throws Exception {
        String json = new ObjectMapper().findAndRegisterModules().writeValueAsString(bind(withKey()));
        assertThat(json).doesNotContain(KEY).doesNotContain("hmacKey").contains("maxFailedAttempts");
    }
}
