package hu.insurer.lifeaccess.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TaxIdsTest {

    // 1970-01-01 is 37620 days after 1867-01-01; serial 123; 8·1+3·2+7·3+6·4+2·5+0·6+1·7+2·8+3·9 = 119 ≡ 9 (mod 11)
    private static final String BORN_1970_01_01 = "8376201239";

    @Test
    void handComputedTaxIdIsValid() {
        assertThat(TaxIds.isValid(BORN_1970_01_01)).isTrue();
    }

    @Test
    void handComputedTaxIdMatchesItsBirthDate() {
        assertThat(TaxIds.matchesBirthDate(BORN_1970_01_01, LocalDate.of(1970, 1, 1))).isTrue();
    }

    @Test
    void testHelperAgreesWithTheHandComputedTaxId() {
        assertThat(TestTaxIds.forBirthDate(LocalDate.of(1970, 1, 1), 123)).isEqualTo(BORN_1970_01_01);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1867-01-01", "1900-02-28", "1965-03-15", "1980-07-22", "2000-02-29", "2024-12-31"})
    void generatedTaxIdsAreValidAndMatchTheirBirthDate(LocalDate birthDate) {
        String taxId = TestTaxIds.forBirthDate(birthDate);

        assertThat(TaxIds.isValid(taxId)).as(taxId).isTrue();
        assertThat(TaxIds.matchesBirthDate(taxId, birthDate)).as(taxId).isTrue();
    }

    @Test
    void dayZeroIsEncodedAsZeroDays() {
        assertThat(TestTaxIds.forBirthDate(LocalDate.of(1867, 1, 1))).startsWith("800000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"8 37620 1239", " 8376201239 ", "83762\t01239", "8376 201 239"})
    void spacesAreIgnored(String typed) {
        assertThat(TaxIds.isValid(typed)).isTrue();
        assertThat(TaxIds.matchesBirthDate(typed, LocalDate.of(1970, 1, 1))).isTrue();
    }

    @Test
    void normalizeRemovesWhitespaceOnly() {
        assertThat(TaxIds.normalize(" 8 37620-1239 ")).isEqualTo("837620-1239");
        assertThat(TaxIds.normalize(null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8376201230", "8376201231", "8376201238"})
    void wrongCheckDigitIsInvalid(String taxId) {
        assertThat(TaxIds.isValid(taxId)).isFalse();
    }

    @Test
    void swappedDigitsAreInvalid() {
        assertThat(TaxIds.isValid("8376202139")).isFalse();
    }

    @Test
    void nineDigitsWhoseSumLeavesTenHaveNoValidCheckDigit() {
        // 8·1+3·2+7·3+6·4+2·5+0·6+1·7+2·8+8·9 = 164 ≡ 10 (mod 11)
        assertThat(TaxIds.checkDigit("837620128")).isEqualTo(10);
        for (int last = 0; last <= 9; last++) {
            assertThat(TaxIds.isValid("837620128" + last)).as("check digit %d", last).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"837620123", "83762012390", "8", "83762012399"})
    void wrongLengthIsInvalid(String taxId) {
        assertThat(TaxIds.isValid(taxId)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"1376201239", "7376201239", "9376201239", "0376201239"})
    void firstDigitOtherThanEightIsInvalid(String taxId) {
        assertThat(TaxIds.isValid(taxId)).isFalse();
    }

    @Test
    void firstDigitIsCheckedEvenWhenTheChecksumWouldFit() {
        // 7·1+3·2+7·3+6·4+2·5+0·6+1·7+2·8+3·9 = 118 ≡ 8 (mod 11): only the first-digit rule refuses it
        assertThat(TaxIds.checkDigit("737620123")).isEqualTo(8);
        assertThat(TaxIds.isValid("7376201238")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"837620123A", "8376A01239", "abcdefghij", "8-37620-1239", "８３７６２０１２３９"})
    void lettersAndOtherCharactersAreInvalid(String taxId) {
        assertThat(TaxIds.isValid(taxId)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void missingTaxIdIsInvalid(String taxId) {
        assertThat(TaxIds.isValid(taxId)).isFalse();
    }

    @Test
    void validTaxIdDoesNotMatchAnotherBirthDate() {
        assertThat(TaxIds.matchesBirthDate(BORN_1970_01_01, LocalDate.of(1970, 1, 2))).isFalse();
        assertThat(TaxIds.matchesBirthDate(BORN_1970_01_01, LocalDate.of(1969, 12, 31))).isFalse();
    }

    @Test
    void invalidTaxIdMatchesNoBirthDate() {
        assertThat(TaxIds.matchesBirthDate("8376201238", LocalDate.of(1970, 1, 1))).isFalse();
        assertThat(TaxIds.matchesBirthDate(null, LocalDate.of(1970, 1, 1))).isFalse();
    }

    @Test
    void matchingNeedsABirthDate() {
        assertThatThrownBy(() -> TaxIds.matchesBirthDate(BORN_1970_01_01, null)).isInstanceOf(NullPointerException.class);
    }
}
