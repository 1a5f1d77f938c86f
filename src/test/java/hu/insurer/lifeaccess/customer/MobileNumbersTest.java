package hu.insurer.lifeaccess.customer;

import static hu.insurer.lifeaccess.support.DemoCustomerFixtures.DOROTTYA_MOBILE;
import static hu.insurer.lifeaccess.support.DemoCustomerFixtures.DOROTTYA_MOBILE_DISPLAYED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MobileNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {
            DOROTTYA_MOBILE_DISPLAYED, "06301234567", "06-30/123-4567", DOROTTYA_MOBILE, "0036 30 123 4567",
            "(06 30) 123-4567", "06.30.123.4567", "  +36 30 123 4567  ", "+36\u00A030\u00A0123\u00A04567",
            "30 123 4567", "36301234567"})
    void hungarianMobileInAnyCommonNotation(String typed) throws InvalidMobileNumberException {
        assertThat(MobileNumbers.toE164(typed)).isEqualTo(DOROTTYA_MOBILE);
    }

    @ParameterizedTest
    @CsvSource({
            "06 20 987 6543, +36209876543",
            "06 70 555 1234, +36705551234",
            "06 31 222 3333, +36312223333",
            "06 50 111 2222, +36501112222"})
    void everyHungarianMobileNetwork(String typed, String e164) throws InvalidMobileNumberException {
        assertThat(MobileNumbers.toE164(typed)).isEqualTo(e164);
    }

    @ParameterizedTest
    @CsvSource({
            "+44 7911 123456, +447911123456",
            "+49 151 23456789, +4915123456789",
            "0049 151 23456789, +4915123456789",
            "+39 312 345 6789, +393123456789"})
    void foreignMobile(String typed, String e164) throws InvalidMobileNumberException {
        assertThat(MobileNumbers.toE164(typed)).isEqualTo(e164);
    }

    @Test
    void numberThatCouldBeEitherFixedOrMobileIsAccepted() throws InvalidMobileNumberException {
        assertThat(MobileNumbers.toE164("+1 650 253 0000")).isEqualTo("+16502530000");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void missingNumberIsRefused(String typed) {
        assertRefused(typed, "Adja meg a mobiltelefonszámot.");
    }

    @Test
    void inputLongerThanFortyCharactersIsRefused() {
        String typed = DOROTTYA_MOBILE_DISPLAYED + " ".repeat(20) + "-----";

        assertThat(typed).hasSize(40);
        assertThat(catchMessage(typed + "-")).isEqualTo(MobileNumbers.TOO_LONG).contains("40 karakter");
    }

    @Test
    void inputOfExactlyFortyCharactersIsAccepted() throws InvalidMobileNumberException {
        assertThat(MobileNumbers.toE164(DOROTTYA_MOBILE_DISPLAYED + " ".repeat(20) + "-----"))
                .isEqualTo(DOROTTYA_MOBILE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "telefon", "+", "---", "+36 30 ABC DEFG", "06 30 123 4567 ext. 12",
            "06 30 123 4567 #1", "06+30 123 4567", "+36 30 123 4567 x12", "hívja: 06301234567"})
    void garbageIsRefused(String typed) {
        assertRefused(typed, MobileNumbers.NOT_A_NUMBER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"112", "1234567", "06 30 123", "+36 30 123 456", "+36 30 123 45678", "+36", "0036",
            "+999 1234 5678"})
    void shortLongOrImpossibleNumberIsRefused(String typed) {
        assertRefused(typed, MobileNumbers.NOT_A_NUMBER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+36 1 234 5678", "06 1 234 5678", "06 52 123 456", "+36 52 123 456",
            "+44 20 7946 0958"})
    void landlineIsRefused(String typed) {
        assertRefused(typed, MobileNumbers.LANDLINE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"06 80 123 456", "06 90 123 456", "+36 21 123 4567", "06 40 123 456"})
    void tollFreePremiumRateAndVoipNumbersAreRefused(String typed) {
        assertRefused(typed, MobileNumbers.NOT_MOBILE);
    }

    @Test
    void refusalsAreHungarian() {
        assertThat(MobileNumbers.LANDLINE).contains("vezetékes", "mobiltelefonszámra");
        assertThat(MobileNumbers.NOT_A_NUMBER).contains("érvényes telefonszám");
    }

    @ParameterizedTest
    @CsvSource({
            DOROTTYA_MOBILE + ", +36 ***** 4567",
            "+447911123456, +44 ****** 3456",
            "+4915123456789, +49 ******* 6789",
            "+16502530000, +1 ****** 0000"})
    void maskShowsCountryCodeAndLastFourDigits(String e164, String masked) {
        assertThat(MobileNumbers.mask(e164)).isEqualTo(masked);
    }

    @Test
    void maskNeverShowsTheHiddenDigits() {
        assertThat(MobileNumbers.mask(DOROTTYA_MOBILE)).doesNotContain("30", "123");
    }

    @ParameterizedTest
    @ValueSource(strings = {"06301234567", "+36 30 123 4567", "36301234567", "+0301234567", "+36", "", "+999123456789"})
    void maskRefusesAnythingButE164(String notE164) {
        assertThatThrownBy(() -> MobileNumbers.mask(notE164)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void maskRefusesNull() {
        assertThatThrownBy(() -> MobileNumbers.mask(null)).isInstanceOf(NullPointerException.class);
    }

    private static void assertRefused(String typed, String message) {
        assertThat(catchMessage(typed)).isEqualTo(message);
    }

    private static String catchMessage(String typed) {
        try {
            String accepted = MobileNumbers.toE164(typed);
            throw new AssertionError("Accepted '" + typed + "' as " + accepted);
        } catch (InvalidMobileNumberException e) {
            return e.getMessage();
        }
    }

    @Test
    void displaysNumbersAsPeopleReadThem() {
        assertThat(MobileNumbers.display(DOROTTYA_MOBILE)).isEqualTo(DOROTTYA_MOBILE_DISPLAYED);
        assertThat(MobileNumbers.display("+36701234567")).isEqualTo("+36 70 123 4567");
    }

    @Test
    void displaysAnUnparsableNumberAsGiven() {
        assertThat(MobileNumbers.display("n/a")).isEqualTo("n/a");
    }
}
