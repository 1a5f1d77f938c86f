package hu.insurer.lifeaccess.securitycode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The beans and the settings in a minimal Spring context (no auto-configuration, no database): they start with a
 * good key, and a bad key stops the start-up without the key appearing in the exception or the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecurityCodeStartupTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SecurityCodeSettings.class)
    @Import({SecurityCodeHasher.class, SecurityCodeDerivation.class})
    static class Beans {
    }

    private static ConfigurableApplicationContext start(String... properties) {
        return new SpringApplicationBuilder(Beans.class)
                .web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off", "spring.config.location=optional:classpath:/none/")
                .properties(properties)
                .run();
    }

    @Test
    void startsWithAGoodKey() {
        try (ConfigurableApplicationContext context = start(
                "life-access.security-code.hmac-key=a-good-enough-secret-key",
                "life-access.security-code.validity=48h")) {
            SecurityCodeSettings settings = context.getBean(SecurityCodeSettings.class);
            assertThat(settings.validity()).isEqualTo(Duration.ofHours(48));
            assertThat(settings.maxFailedAttempts()).isEqualTo(5);
            SecurityCode code = context.getBean(SecurityCodeDerivation.class).codeOf("startup-test", "nonce");
            SecurityCodeHasher hasher = context.getBean(SecurityCodeHasher.class);
            assertThat(hasher.matches(code, hasher.hash(code))).isTrue();
        }
    }

    @Test
    void aShortKeyStopsTheStartWithoutShowingIt(CapturedOutput output) {
        String key = "short-secret";
        assertThatThrownBy(() -> start("life-access.security-code.hmac-key=" + key).close())
                .satisfies(e -> assertThat(stackTrace(e)).doesNotContain(key).contains("at least 16 characters"));
        assertThat(output.getAll()).doesNotContain(key).contains("life-access.security-code.hmac-key");
    }

    @Test
    void aMissingKeyStopsTheStart(CapturedOutput output) {
        assertThatThrownBy(() -> start().close())
                .satisfies(e -> assertThat(stackTrace(e)).contains("life-access.security-code.hmac-key"));
    }

    private static String stackTrace(Throwable e) {
        java.io.StringWriter writer = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(writer));
        return writer.toString();
    }
}
