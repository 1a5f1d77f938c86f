package hu.insurer.lifeaccess.customer.search;

import hu.insurer.lifeaccess.customer.CustomerType;
import hu.insurer.lifeaccess.customer.DocumentType;
import hu.insurer.lifeaccess.customer.ProductGroup;
import hu.insurer.lifeaccess.customer.TestTaxIds;
import hu.insurer.lifeaccess.process.SearchForm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class CustomerSearchCriteriaValidatorTest {

    private static final ZoneId BUDAPEST = ZoneId.of("Europe/Budapest");
    // 2025-06-15 12:00 in Budapest
    private static final Clock NOW = Clock.fixed(Instant.parse("2025-06-15T10:00:00Z"), BUDAPEST);

    private final CustomerSearchCriteriaValidator validator = new CustomerSearchCriteriaValidator(NOW);

    @Test
    void personAndNameIsAValidSearch() {
        assertThat(validate("searchName", "szabo gyozo")).isEmpty();
    }

    @Test
    void everyFieldFilledInCorrectlyIsAValidSearch() {
        Map<String, Object> form = new HashMap<>();
        form.put("searchCustomerType", "PERSON");
        form.put("searchName", "Dorottya Katalin");
        form.put("searchMotherName", "Magdolna István");
        form.put("searchBirthDate", "1970-01-01");
        form.put("searchDocumentType", "ID_CARD");
        form.put("searchDocumentNumber", "123456AB");
        form.put("searchTaxId", "8 37620 1239");
        form.put("searchCountry", "HU");
        form.put("searchPostcodeCity", "1111 Budapest");
        form.put("searchStreet", "Fő utca");
        form.put("searchHouseNumber", "1. 2. em. 3.");
        form.put("searchCustomerCardNumber", "123456789");
        form.put("searchContractNumber", "AHEV000001");
        form.put("searchLicencePlate", "AA BB-123");
        form.put("searchProductGroup", "LIFE_PROGRAM");
        form.put("searchAhlHl", false);

        assertThat(validator.validate(SearchForm.criteria(form))).isEmpty();
    }

    @Test
    void emptyFormNeedsAnIdentifyingCriterion() {
        assertThat(validator.validate(SearchForm.criteria(Map.of("searchCustomerType", "PERSON"))))
                .containsExactly("Adjon meg legalább egy keresési feltételt (pl. név, születési dátum, ügyfélkártyaszám).");
    }

    @ParameterizedTest
    @CsvSource({
            "searchCountry, HU",
            "searchProductGroup, CLASSIC",
            "searchDocumentType, PASSPORT",
            "searchPostcodeCity, 4025 Debrecen",
            "searchStreet, Piac utca",
            "searchHouseNumber, 12"})
    void nonIdentifyingFieldAloneIsRefused(String variable, String value) {
        assertThat(validate(variable, value)).containsExactly(CustomerSearchCriteriaValidator.NO_IDENTIFYING_CRITERION);
    }

    @Test
    void ahlHlFlagAloneIsRefused() {
        assertThat(validator.validate(SearchForm.criteria(Map.of("searchCustomerType", "PERSON", "searchAhlHl", true))))
                .containsExactly(CustomerSearchCriteriaValidator.NO_IDENTIFYING_CRITERION);
    }

    @ParameterizedTest
    @CsvSource({
            "searchName, Kovács",
            "searchMotherName, Magdolna",
            "searchBirthDate, 1965-03-15",
            "searchDocumentNumber, 123456AB",
            "searchTaxId, 8376201239",
            "searchCustomerCardNumber, 100000001",
            "searchContractNumber, AHEV000001",
            "searchLicencePlate, ABC-123"})
    void eachIdentifyingFieldAloneIsAccepted(String variable, String value) {
        assertThat(validate(variable, value)).isEmpty();
    }

    @Test
    void nameOfPunctuationOnlyIsNoCriterion() {
        assertThat(validate("searchName", " - . ")).containsExactly(CustomerSearchCriteriaValidator.NO_IDENTIFYING_CRITERION);
    }

    @Test
    void customerTypeIsRequired() {
        assertThat(validator.validate(SearchForm.criteria(Map.of("searchName", "Kovács"))))
                .containsExactly("Adja meg az ügyféltípust (Személy vagy Cég).");
    }

    @ParameterizedTest
    @EnumSource(CustomerType.class)
    void bothCustomerTypesAreAccepted(CustomerType type) {
        assertThat(validator.validate(SearchForm.criteria(Map.of("searchCustomerType", type.name(),
                "searchName", "Kis és Társa")))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"person", "PRIVATE", "Személy", "1"})
    void unknownCustomerTypeIsRefused(String type) {
        assertThat(validator.validate(SearchForm.criteria(Map.of("searchCustomerType", type, "searchName", "Kovács"))))
                .containsExactly(CustomerSearchCriteriaValidator.CUSTOMER_TYPE_UNKNOWN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1970-01-01", "1970-01-01T00:00:00", "1970-01-01T00:00", "1970-01-01T00:00:00.000+0100"})
    void birthDateAsTasklistSendsItIsAccepted(String birthDate) {
        assertThat(validate("searchBirthDate", birthDate)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1970.01.01", "01/01/1970", "1970-02-30", "1970-1-1", "1970-01-01Tnoon", "tegnap"})
    void malformedBirthDateIsRefused(String birthDate) {
        assertThat(validate("searchBirthDate", birthDate))
                .containsExactly("A születési dátumot ÉÉÉÉ-HH-NN formában adja meg (pl. 1970-01-31).");
    }

    @Test
    void birthDateTodayIsAccepted() {
        assertThat(validate("searchBirthDate", "2025-06-15")).isEmpty();
    }

    @Test
    void birthDateInTheFutureIsRefused() {
        assertThat(validate("searchBirthDate", "2025-06-16")).containsExactly("A születési dátum nem lehet jövőbeli.");
    }

    @Test
    void todayIsTheClocksDayInItsZone() {
        // 22:30 UTC on 14 June is already 15 June in Budapest
        Clock budapestJustAfterMidnight = Clock.fixed(Instant.parse("2025-06-14T22:30:00Z"), BUDAPEST);
        Clock utcBeforeMidnight = Clock.fixed(Instant.parse("2025-06-14T22:30:00Z"), ZoneId.of("UTC"));
        CustomerSearchCriteria bornOnTheFifteenth = SearchForm.criteria(
                Map.of("searchCustomerType", "PERSON", "searchBirthDate", "2025-06-15"));

        assertThat(new CustomerSearchCriteriaValidator(budapestJustAfterMidnight).validate(bornOnTheFifteenth)).isEmpty();
        assertThat(new CustomerSearchCriteriaValidator(utcBeforeMidnight).validate(bornOnTheFifteenth))
                .containsExactly(CustomerSearchCriteriaValidator.BIRTH_DATE_IN_FUTURE);
    }

    @Test
    void birthDateOnTheFirstDayOf1900IsAccepted() {
        assertThat(validate("searchBirthDate", "1900-01-01")).isEmpty();
    }

    @Test
    void birthDateBefore1900IsRefused() {
        assertThat(validate("searchBirthDate", "1899-12-31"))
                .containsExactly("A születési dátum nem lehet 1900. január 1. előtti.");
    }

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void everyDocumentTypeIsAccepted(DocumentType type) {
        assertThat(validate("searchDocumentNumber", "123456AB", "searchDocumentType", type.name())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"id_card", "RESIDENCE_PERMIT", "Útlevél"})
    void unknownDocumentTypeIsRefused(String type) {
        assertThat(validate("searchDocumentNumber", "123456AB", "searchDocumentType", type))
                .containsExactly("Az okmánytípus csak személyazonosító igazolvány, útlevél vagy vezetői engedély lehet.");
    }

    @Test
    void validTaxIdComputedForABirthDateIsAccepted() {
        assertThat(validate("searchTaxId", TestTaxIds.forBirthDate(LocalDate.of(1980, 7, 22)))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"837620123", "83762012390", "837620123A", "8376-201239"})
    void taxIdThatIsNotTenDigitsIsRefused(String taxId) {
        assertThat(validate("searchTaxId", taxId)).containsExactly("Az adóazonosító jel 10 számjegyből áll.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"8376201238", "7376201238", "8376201280"})
    void taxIdWithWrongFirstDigitOrCheckDigitIsRefused(String taxId) {
        assertThat(validate("searchTaxId", taxId)).containsExactly(CustomerSearchCriteriaValidator.TAX_ID_INVALID);
    }

    @Test
    void taxIdMustMatchTheBirthDateWhenBothAreGiven() {
        assertThat(validate("searchTaxId", "8376201239", "searchBirthDate", "1970-01-01")).isEmpty();
        assertThat(validate("searchTaxId", "8376201239", "searchBirthDate", "1970-01-02"))
                .containsExactly("Az adóazonosító jel nem egyezik a megadott születési dátummal.");
    }

    @Test
    void malformedBirthDateIsNotComparedWithTheTaxId() {
        assertThat(validate("searchTaxId", "8376201239", "searchBirthDate", "1970.01.02"))
                .containsExactly(CustomerSearchCriteriaValidator.BIRTH_DATE_MALFORMED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"HU", "DE", "AT", "RO"})
    void isoCountryCodeIsAccepted(String country) {
        assertThat(validate("searchName", "Kovács", "searchCountry", country)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX", "hu", "HUN", "Magyarország"})
    void unknownCountryIsRefused(String country) {
        assertThat(validate("searchName", "Kovács", "searchCountry", country))
                .containsExactly(CustomerSearchCriteriaValidator.COUNTRY_UNKNOWN);
    }

    @ParameterizedTest
    @CsvSource({
            "searchName, 100, A név legfeljebb 100 karakter lehet.",
            "searchMotherName, 100, Az anyja neve legfeljebb 100 karakter lehet.",
            "searchDocumentNumber, 30, Az okmányszám legfeljebb 30 karakter lehet.",
            "searchPostcodeCity, 100, 'Az irányítószám, helység legfeljebb 100 karakter lehet.'",
            "searchStreet, 200, Az utcanév legfeljebb 200 karakter lehet.",
            "searchHouseNumber, 50, 'A házszám, emelet, ajtó legfeljebb 50 karakter lehet.'",
            "searchContractNumber, 30, A szerződésszám legfeljebb 30 karakter lehet.",
            "searchLicencePlate, 20, A rendszám legfeljebb 20 karakter lehet."})
    void fieldsHaveAMaximumLength(String variable, int maxLength, String message) {
        assertThat(validate("searchCustomerCardNumber", "1", variable, "ő".repeat(maxLength))).isEmpty();
        assertThat(validate("searchCustomerCardNumber", "1", variable, "ő".repeat(maxLength + 1))).containsExactly(message);
    }

    @Test
    void lengthIsCountedAfterTrimming() {
        assertThat(validate("searchName", "  " + "a".repeat(100) + "  ")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "123456789", "12345678901234567890"})
    void customerCardNumberOfUpToTwentyDigitsIsAccepted(String cardNumber) {
        assertThat(validate("searchCustomerCardNumber", cardNumber)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789012345678901", "12345678A", "123 456 789", "-123", "１２３"})
    void customerCardNumberThatIsNotUpToTwentyDigitsIsRefused(String cardNumber) {
        assertThat(validate("searchCustomerCardNumber", cardNumber))
                .containsExactly("Az ügyfélkártyaszám legfeljebb 20 számjegyből állhat.");
    }

    @ParameterizedTest
    @EnumSource(ProductGroup.class)
    void everyProductGroupIsAccepted(ProductGroup group) {
        assertThat(validate("searchName", "Kovács", "searchProductGroup", group.name())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"LIFE", "life_program", "Életprogram"})
    void unknownProductGroupIsRefused(String group) {
        assertThat(validate("searchName", "Kovács", "searchProductGroup", group))
                .containsExactly("A termékcsoport csak Életprogram, Klasszikus, Gépjármű, Lakás vagy Utazás lehet.");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Map<String, Object> form = Map.of(
                "searchCustomerType", "ALIEN",
                "searchBirthDate", "2099-01-01",
                "searchTaxId", "123",
                "searchCustomerCardNumber", "ABC",
                "searchProductGroup", "BOAT");

        assertThat(validator.validate(SearchForm.criteria(form))).containsExactly(
                CustomerSearchCriteriaValidator.CUSTOMER_TYPE_UNKNOWN,
                CustomerSearchCriteriaValidator.BIRTH_DATE_IN_FUTURE,
                CustomerSearchCriteriaValidator.TAX_ID_FORMAT,
                CustomerSearchCriteriaValidator.CUSTOMER_CARD_NUMBER_FORMAT,
                CustomerSearchCriteriaValidator.PRODUCT_GROUP_UNKNOWN);
    }

    @Test
    void problemsCannotBeChangedByTheCaller() {
        List<String> problems = validate("searchName", "");

        assertThatThrownBy(problems::clear).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void validatorNeedsAClock() {
        assertThatThrownBy(() -> new CustomerSearchCriteriaValidator(null)).isInstanceOf(NullPointerException.class);
    }

    /** Validates a person search with the given variable/value pairs. */
    private List<String> validate(String... variablesAndValues) {
        Map<String, Object> form = new HashMap<>();
        form.put("searchCustomerType", "PERSON");
        for (int i = 0; i < variablesAndValues.length; i += 2) {
            form.put(variablesAndValues[i], variablesAndValues[i + 1]);
        }
        return validator.validate(SearchForm.criteria(form));
    }
}
