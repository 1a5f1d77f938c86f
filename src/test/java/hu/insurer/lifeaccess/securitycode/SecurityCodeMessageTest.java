package hu.insurer.lifeaccess.securitycode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class SecurityCodeMessageTest {

    private static final SecurityCode CODE = SecurityCode.of("7KQ4M9XW2P");
    private static final ZonedDateTime SUMMER_UTC = ZonedDateTime.of(2025, 6, 13, 12, 30, 0, 0, ZoneOffset.UTC);

    @Test
    void fullText() {
        assertThat(SecurityCodeMessage.of(CODE, SUMMER_UTC).text()).isEqualTo("""
                Ügyfélbiztonsági kódja: 7KQ4-M9XW-2P
                Ügyfélportálon használható 2025.06.13. 14:30-ig.
                Ne adja ki senkinek, munkatársaink sem kérik.""");
    }

    @Test
    void groupedCodeExpiryWarningAndWhereToUseIt() {
        String text = SecurityCodeMessage.of(CODE, SUMMER_UTC).text();
        assertThat(text).contains("7KQ4-M9XW-2P", "2025.06.13. 14:30", "Ügyfélportál",
                "Ne adja ki senkinek, munkatársaink sem kérik.");
        assertThat(text).doesNotContain("http", "www");
    }

    @Test
    void expiryInBudapestTimeSummerAndWinter() {
        assertThat(SecurityCodeMessage.of(CODE, SUMMER_UTC).expiresAt())
                .isEqualTo(ZonedDateTime.of(2025, 6, 13, 14, 30, 0, 0, ZoneId.of("Europe/Budapest")));
        ZonedDateTime winter = ZonedDateTime.of(2025, 1, 10, 12, 30, 0, 0, ZoneOffset.UTC);
        assertThat(SecurityCodeMessage.of(CODE, winter).text()).contains("2025.01.10. 13:30-ig.");
        ZonedDateTime tokyo = ZonedDateTime.of(2025, 12, 31, 23, 5, 0, 0, ZoneId.of("Asia/Tokyo"));
        assertThat(SecurityCodeMessage.of(CODE, tokyo).text()).contains("2025.12.31. 15:05-ig.");
    }

    @Test
    void secondsAreCutOffNeverRoundedUp() {
        assertThat(SecurityCodeMessage.of(CODE, SUMMER_UTC.plusSeconds(59).plusNanos(999_999_999)).text())
                .contains("2025.06.13. 14:30-ig.");
    }

    @Test
    void shortTwoUcs2Segments() {
        String text = SecurityCodeMessage.of(RandomCodes.next(), SUMMER_UTC).text();
        assertThat(text).hasSize(SecurityCodeMessage.TEXT_LENGTH);
        assertThat(text.length()).isLessThanOrEqualTo(2 * 67);
    }

    @Test
    void toStringIsRedacted() {
        SecurityCodeMessage message = SecurityCodeMessage.of(CODE, SUMMER_UTC);
        assertThat(message.toString()).doesNotContain("7KQ4", "M9XW", "Ügyfél").contains("****", "14:30");
    }

    @Test
    void jacksonRefusesToSerialiseIt() {
        SecurityCodeMessage message = SecurityCodeMessage.of(CODE, SUMMER_UTC);
        assertThatThrownBy(() -> new ObjectMapper().findAndRegisterModules().writeValueAsString(message))
                .hasMessageNotContaining("7KQ4");
    }

    @Test
    void nullsRefused() {
        assertThatThrownBy(() -> SecurityCodeMessage.of(null, SUMMER_UTC)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> SecurityCodeMessage.of(CODE, null)).isInstanceOf(NullPointerException.class);
    }
}
