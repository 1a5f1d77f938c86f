package hu.insurer.lifeaccess.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchKeysTest {

    @Test
    void aPersonIsFoundByFamilyAndGivenNamesACompanyByItsName() {
        Customer person = customer(CustomerType.PERSON, "Szabó-Kiss", "Győző Ödön", null, "Fekete Ilona");
        Customer company = customer(CustomerType.COMPANY, null, null, "Kis és Társa Kft.", null);

        assertThat(SearchKeys.nameTokens(person)).containsExactly("szabo", "kiss", "gyozo", "odon");
        assertThat(SearchKeys.motherNameTokens(person)).containsExactly("fekete", "ilona");
        assertThat(SearchKeys.nameTokens(company)).containsExactly("kis", "es", "tarsa", "kft");
        assertThat(SearchKeys.motherNameTokens(company)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"ABC-123, ABC123", "aa bb-123, AABB123", "Kis - 765, KIS765"})
    void licencePlatesIgnoreCaseSpacesAndHyphens(String typed, String key) {
        assertThat(SearchKeys.licencePlate(typed)).isEqualTo(key);
    }

    @Test
    void onlyMotorContractsHaveALicencePlateKey() {
        assertThat(SearchKeys.licencePlateKey(contract(ProductGroup.MOTOR, "abc-123"))).isEqualTo("ABC123");
        assertThat(SearchKeys.licencePlateKey(contract(ProductGroup.HOME, "6720 Szeged, Kárász utca 8."))).isNull();
    }

    @Test
    void documentNumbersIgnoreCaseAndSpaces() {
        assertThat(SearchKeys.documentNumber(" 123456 ab ")).isEqualTo("123456AB");
    }

    @Test
    void placesIgnoreCaseAndAccents() {
        assertThat(SearchKeys.placeKey("Hódmezővásárhely")).isEqualTo("hodmezovasarhely");
        assertThat(SearchKeys.placeKey(null)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"szab, szac", "kiz, ki{", "sz, s{", "9, :"})
    void theUpperBoundOfAPrefixIncrementsItsLastByte(String prefix, String bound) {
        assertThat(SearchKeys.prefixUpperBound(prefix)).isEqualTo(bound.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void everyTokenWithThePrefixLiesInItsRangeAndNoOther() {
        byte[] from = SearchKeys.tokenBytes("łu");
        byte[] to = SearchKeys.prefixUpperBound("łu");

        assertThat(inRange("łukasz", from, to)).isTrue();
        assertThat(inRange("łu", from, to)).isTrue();
        assertThat(inRange("lukasz", from, to)).isFalse();
        assertThat(inRange("łv", from, to)).isFalse();
        assertThat(inRange("łt", from, to)).isFalse();
    }

    private static boolean inRange(String token, byte[] from, byte[] to) {
        byte[] bytes = SearchKeys.tokenBytes(token);
        return Arrays.compareUnsigned(bytes, from) >= 0 && Arrays.compareUnsigned(bytes, to) < 0;
    }

    private static Customer customer(CustomerType type, String family, String given, String company, String mother) {
        return new Customer(null, type, family, given, company, null, mother, LocalDate.of(1970, 1, 1), null, null,
                null, null, new Customer.Address("HU", null, null, null, null), "1", null, true);
    }

    private static Contract contract(ProductGroup group, String plateOrLocation) {
        return new Contract(null, "X1", "X", "X", group, 1, ContractStatus.ACTIVE, LocalDate.of(2020, 1, 1), null,
                plateOrLocation, false, false);
    }
}
