package hu.insurer.lifeaccess.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SmsProviderSettingsTest {

    static final Duration FIVE = Duration.ofSeconds(5);

    @Test
    void toStringLeavesOutThePassword() {
        SmsProviderSettings settings = new SmsProviderSettings("https://sms.example.hu/v1/messages", "user",
                "top-secret", "Biztosito", FIVE, Duration.ofSeconds(10));

        assertThat(settings.toString()).contains("https://sms.example.hu/v1/messages", "user", "Biztosito")
                .doesNotContain("top-secret");
        assertThat(settings.uri().getHost()).isEqualTo("sms.example.hu");
    }

    @Test
    void aMissingSettingNamesThePropertyAndItsEnvironmentVariable() {
        assertThatThrownBy(() -> new SmsProviderSettings("", "user", "secret", "Biztosito", FIVE, FIVE))
                .hasMessageContaining("life-access.sms.http.url").hasMessageContaining("SMS_PROVIDER_URL");
        assertThatThrownBy(() -> new SmsProviderSettings("https://sms.example.hu", null, "secret", "Biztosito",
                FIVE, FIVE)).hasMessageContaining("SMS_PROVIDER_USERNAME");
        assertThatThrownBy(() -> new SmsProviderSettings("https://sms.example.hu", "user", " ", "Biztosito",
                FIVE, FIVE)).hasMessageContaining("SMS_PROVIDER_PASSWORD");
        assertThatThrownBy(() -> new SmsProviderSettings("https://sms.example.hu", "user", "secret", null,
                FIVE, FIVE)).hasMessageContaining("SMS_SENDER");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sms.example.hu/v1", "ftp://sms.example.hu/", "https://", "not a url"})
    void refusesAnythingButAnAbsoluteHttpUrl(String url) {
        assertThatThrownBy(() -> new SmsProviderSettings(url, "user", "secret", "Biztosito", FIVE, FIVE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("life-access.sms.http.url");
    }

    @Test
    void refusesCredentialsInTheUrlWithoutRepeatingThem() {
        assertThatThrownBy(() -> new SmsProviderSettings("https://user:hunter2@sms.example.hu/v1", "user", "secret",
                "Biztosito", FIVE, FIVE)).hasMessageContaining("must not contain credentials")
                .message().doesNotContain("hunter2");
    }

    @Test
    void refusesANonPositiveTimeout() {
        assertThatThrownBy(() -> new SmsProviderSettings("https://sms.example.hu", "user", "secret", "Biztosito",
                Duration.ZERO, FIVE)).hasMessageContaining("connect-timeout");
        assertThatThrownBy(() -> new SmsProviderSettings("https://sms.example.hu", "user", "secret", "Biztosito",
                FIVE, Duration.ofSeconds(-1))).hasMessageContaining("read-timeout");
    }
}
