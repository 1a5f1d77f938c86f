package hu.insurer.lifeaccess.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import hu.insurer.lifeaccess.support.DemoCustomerFixtures;

class SmsMessageTest {

    private static final String NUMBER = DemoCustomerFixtures.DOROTTYA_MOBILE;

    static final String SECRET_TEXT = "Az ugyfelbiztonsagi kodja: 7KQ4-M9XW-2P";

    @Test
    void toStringMasksTheRecipientAndLeavesOutTheText() {
        SmsMessage message = new SmsMessage("code-42", NUMBER, SECRET_TEXT);

        assertThat(message.toString())
                .contains("code-42", "+36 ***** 4567")
                .doesNotContain("7KQ4", "M9XW", "kodja", NUMBER);
        assertThat(message.maskedRecipient()).isEqualTo("+36 ***** 4567");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "with space", "line\nbreak", "ékezet",
            "12345678901234567890123456789012345678901234567890123456789012345"})
    void refusesAnIdempotencyKeyThatCouldNotGoIntoAHeaderOrTheTable(String key) {
        assertThatThrownBy(() -> new SmsMessage(key, NUMBER, SECRET_TEXT))
                .isInstanceOf(IllegalArgumentException.class)
                .message().doesNotContain("7KQ4");
    }

    @Test
    void acceptsATypicalKey() {
        assertThat(new SmsMessage("security-code:12345.1", NUMBER, SECRET_TEXT).idempotencyKey())
                .isEqualTo("security-code:12345.1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"06301234567", "+36 30 123 4567", "", "+0123456789"})
    void refusesARecipientNotInE164WithoutRepeatingIt(String recipient) {
        assertThatThrownBy(() -> new SmsMessage("code-42", recipient, SECRET_TEXT))
                .isInstanceOf(IllegalArgumentException.class)
                .message().doesNotContain("1234567").doesNotContain("7KQ4");
    }

    @Test
    void refusesAnEmptyOrTooLongTextWithoutRepeatingIt() {
        assertThatThrownBy(() -> new SmsMessage("code-42", NUMBER, "  "))
                .isInstanceOf(IllegalArgumentException.class);
        String tooLong = SECRET_TEXT + "x".repeat(SmsMessage.MAX_TEXT_LENGTH);
        assertThatThrownBy(() -> new SmsMessage("code-42", NUMBER, tooLong))
                .isInstanceOf(IllegalArgumentException.class)
                .message().doesNotContain("7KQ4").contains("code-42");
    }

    @Test
    void deliveryExceptionNamesStatusKeyAndMaskedRecipientButNotTheText() {
        SmsMessage message = new SmsMessage("code-42", NUMBER, SECRET_TEXT);

        SmsDeliveryException rejected = SmsDeliveryException.rejected(message, 400, false, null);
        SmsDeliveryException failed = SmsDeliveryException.failed(message, "connection refused", true, null);

        assertThat(rejected.getMessage()).contains("HTTP 400", "Not retryable", "code-42", "+36 ***** 4567")
                .doesNotContain("7KQ4").doesNotContain(NUMBER);
        assertThat(rejected.isRetryable()).isFalse();
        assertThat(rejected.providerStatus()).hasValue(400);
        assertThat(failed.getMessage()).contains("connection refused", "Retryable", "code-42", "+36 ***** 4567")
                .doesNotContain("7KQ4");
        assertThat(failed.isRetryable()).isTrue();
        assertThat(failed.providerStatus()).isEmpty();
        assertThat(failed.idempotencyKey()).isEqualTo("code-42");
        assertThat(failed.maskedRecipient()).isEqualTo("+36 ***** 4567");
    }
}
