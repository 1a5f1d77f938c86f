package hu.insurer.lifeaccess.securitycode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SecurityCodeInputTest {
    @ParameterizedTest
    @ValueSource(strings = {"7KQ4-M9XW-2P", "7KQ4M9XW2P", "7kq4 m9xw 2p", "7kq4-m9xw-2p", "  7KQ4 - M9XW - 2P  ",
            "7 K Q 4 M 9 X W 2 P", "7KQ4\u00A0M9XW\u00A02P", "7KQ4\u2013M9XW\u20102P", "\t7KQ4M9XW2P\n",
            "7-K-Q-4-M-9-X-W-2-P"})
    void withOrWithoutHyphensAndSpacesInEitherCase(String typed) {
        assertThat(SecurityCodeInput.normalize(typed)).get().extracting(SecurityCode::plain).isEqualTo("7KQ4M9XW2P");
    }

    @ParameterizedTest
    @CsvSource({
            "OOOO-IIII-LL, 0000-1111-11",
            "oooo-iiii-ll, 0000-1111-11",
            "7KQ4-M9XW-2O, 7KQ4-M9XW-20",
            "1LI0-oi1l-Ab, 1110-0111-AB"})
    void crockfordLookAlikesAreReadAsDigits(String typed, String grouped) {
        assertThat(SecurityCodeInput.normalize(typed)).get().extracting(SecurityCode::grouped).isEqualTo(grouped);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "----", "7KQ4-M9XW-2", "7KQ4M9XW2", "7KQ4-M9XW-2PX", "7KQ4M9XW2PXX",
            "7KQ4-M9XW-2U", "7kq4-m9xw-2u", "7KQ4-M9XW-2*", "7KQ4_M9XW_2P", "7KQ4.M9XW.2P", "7KQ4-M9XW-2Ö",
            "7KQ4-M9XW-2\u0660", "７KQ4-M9XW-2P", "7KQ4-M9XW-2P;", "'7KQ4M9XW2P'"})
    void malformedInputIsRefused(String typed) {
        assertThat(SecurityCodeInput.normalize(typed)).isEmpty();
    }

    @Test
    void longInputIsRefusedEvenIfItWouldNormaliseToACode() {
        String padded = "7KQ4M9XW2P" + " ".repeat(SecurityCodeInput.MAX_INPUT_LENGTH - 10);
        assertThat(SecurityCodeInput.normalize(padded)).isPresent();
        assertThat(SecurityCodeInput.normalize(padded + " ")).isEmpty();
        assertThat(SecurityCodeInput.normalize("7".repeat(10_000))).isEmpty();
    }

    @Test
    void independentOfTheDefaultLocale() {
        Locale previous = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(SecurityCodeInput.normalize("iiii-kkkk-ii")).get().extracting(SecurityCode::plain)
                    .isEqualTo("1111KKKK11");
        } finally {
            Locale.setDefault(previous);
        }
    }

    @Test
    void everyGeneratedCodeReadsBackFromItsSmsForm() {
        for (int i = 0; i < 1000; i++) {
            SecurityCode code = RandomCodes.next();
            assertThat(SecurityCodeInput.normalize(code.grouped())).get().extracting(SecurityCode::plain)
                    .isEqualTo(code.plain());
            assertThat(SecurityCodeInput.normalize(code.grouped().toLowerCase(Locale.ROOT))).get()
                    .extracting(SecurityCode::plain).isEqualTo(code.plain());
        }
    }
}
