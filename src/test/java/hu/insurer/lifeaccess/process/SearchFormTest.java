package hu.insurer.lifeaccess.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import hu.insurer.lifeaccess.customer.search.CustomerSearchCriteria;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The search form's variables read as criteria, and how the criteria clean what the agent typed. */
class SearchFormTest {

    @Test
    void everySearchVariableIsRead() {
        Map<String, Object> form = new HashMap<>();
        form.put("searchCustomerType", "PERSON");
        form.put("searchName", "Szabó Győző");
        form.put("searchMotherName", "Kiss Mária");
        form.put("searchBirthDate", "1970-01-01");
        form.put("searchDocumentType", "ID_CARD");
        form.put("searchDocumentNumber", "123456AB");
        form.put("searchTaxId", "8376201239");
        form.put("searchCountry", "HU");
        form.put("searchPostcodeCity", "1111 Budapest");
        form.put("searchStreet", "Fő utca");
        form.put("searchHouseNumber", "1. 2/3");
        form.put("searchCustomerCardNumber", "123456789");
        form.put("searchContractNumber", "AHEV000001");
        form.put("searchLicencePlate", "ABC-123");
        form.put("searchProductGroup", "LIFE_PROGRAM");
        form.put("searchAhlHl", true);

        assertThat(SearchForm.criteria(form)).isEqualTo(new CustomerSearchCriteria("PERSON", "Szabó Győző",
                "Kiss Mária", "1970-01-01", "ID_CARD", "123456AB", "8376201239", "HU", "1111 Budapest", "Fő utca",
                "1. 2/3", "123456789", "AHEV000001", "ABC-123", "LIFE_PROGRAM", true));
    }

    @Test
    void absentVariablesAreEmptyFields() {
        CustomerSearchCriteria criteria = SearchForm.criteria(Map.of());

        assertThat(criteria).isEqualTo(new CustomerSearchCriteria(null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null));
    }

    @Test
    void textIsTrimmedAndBlankBecomesEmpty() {
        CustomerSearchCriteria criteria = SearchForm.criteria(Map.of(
                "searchCustomerType", " PERSON ",
                "searchName", "  Szabó Győző\t",
                "searchMotherName", "   ",
                "searchStreet", ""));

        assertThat(criteria.customerType()).isEqualTo("PERSON");
        assertThat(criteria.name()).isEqualTo("Szabó Győző");
        assertThat(criteria.motherName()).isNull();
        assertThat(criteria.street()).isNull();
    }

    @Test
    void constructorNormalisesToo() {
        CustomerSearchCriteria criteria = new CustomerSearchCriteria(" COMPANY", " ", null, null, null, null, null,
                null, null, null, null, " 100000005 ", null, null, null, null);

        assertThat(criteria.customerType()).isEqualTo("COMPANY");
        assertThat(criteria.name()).isNull();
        assertThat(criteria.customerCardNumber()).isEqualTo("100000005");
    }

    @Test
    void spacesAreRemovedFromTheTaxId() {
        assertThat(SearchForm.criteria(Map.of("searchTaxId", " 8 37620 1239 ")).taxId()).isEqualTo("8376201239");
    }

    @Test
    void nonTextValuesAreReadAsText() {
        CustomerSearchCriteria criteria = SearchForm.criteria(Map.of("searchCustomerCardNumber", 123456789L));

        assertThat(criteria.customerCardNumber()).isEqualTo("123456789");
    }

    @Test
    void ahlHlFlagAcceptsBooleanAndText() {
        assertThat(SearchForm.criteria(Map.of("searchAhlHl", Boolean.FALSE)).ahlHl()).isFalse();
        assertThat(SearchForm.criteria(Map.of("searchAhlHl", "true")).ahlHl()).isTrue();
        assertThat(SearchForm.criteria(Map.of("searchAhlHl", "TRUE")).ahlHl()).isTrue();
        assertThat(SearchForm.criteria(Map.of("searchAhlHl", "false")).ahlHl()).isFalse();
        assertThat(SearchForm.criteria(Map.of("searchAhlHl", " ")).ahlHl()).isNull();
        assertThat(SearchForm.criteria(Map.of()).ahlHl()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1970-01-31", "1970-01-31T00:00:00", "1970-01-31T00:00", "1970-01-31T13:45:10.123",
            "1970-01-31T00:00:00Z", "1970-01-31T00:00:00+01:00", "1970-01-31T00:00:00.000+0100", " 1970-01-31 "})
    void birthDateIsTheDatePartOfADateOrDateTime(String typed) {
        assertThat(birthDate(typed).parsedBirthDate()).contains(LocalDate.of(1970, 1, 31));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1970.01.31", "31/01/1970", "1970-1-31", "1970-13-01", "1970-02-30", "1971-02-29",
            "1970-01-31T", "1970-01-31Tnoon", "1970-01-31 00:00", "19700131", "tegnap", "1970-01-31T00:00:00 CET"})
    void malformedBirthDateHasNoValue(String typed) {
        assertThat(birthDate(typed).parsedBirthDate()).isEmpty();
    }

    @Test
    void absentBirthDateHasNoValue() {
        assertThat(birthDate(null).parsedBirthDate()).isEmpty();
    }

    @Test
    void leapDayIsAValidBirthDate() {
        assertThat(birthDate("2000-02-29").parsedBirthDate()).contains(LocalDate.of(2000, 2, 29));
    }

    @ParameterizedTest
    @ValueSource(strings = {"searchName", "searchMotherName", "searchBirthDate", "searchDocumentNumber", "searchTaxId",
            "searchCustomerCardNumber", "searchContractNumber", "searchLicencePlate"})
    void eachIdentifyingFieldAloneIsEnough(String variable) {
        assertThat(SearchForm.criteria(Map.of("searchCustomerType", "PERSON", variable, "x1"))
                .hasIdentifyingCriterion()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"searchCountry", "searchDocumentType", "searchPostcodeCity", "searchStreet",
            "searchHouseNumber", "searchProductGroup"})
    void nonIdentifyingFieldAloneIsNotEnough(String variable) {
        assertThat(SearchForm.criteria(Map.of("searchCustomerType", "PERSON", variable, "x1"))
                .hasIdentifyingCriterion()).isFalse();
    }

    @Test
    void customerTypeCountryProductGroupAndAhlHlTogetherAreNotEnough() {
        assertThat(SearchForm.criteria(Map.of("searchCustomerType", "PERSON", "searchCountry", "HU",
                "searchProductGroup", "CLASSIC", "searchAhlHl", true)).hasIdentifyingCriterion()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"searchName", "searchMotherName"})
    void nameWithoutLettersOrDigitsIsNotEnough(String variable) {
        assertThat(SearchForm.criteria(Map.of(variable, "-. '")).hasIdentifyingCriterion()).isFalse();
    }

    @Test
    void toStringNamesTheGivenFieldsButNotTheirValues() {
        CustomerSearchCriteria criteria = SearchForm.criteria(Map.of("searchCustomerType", "PERSON",
                "searchName", "Szabó Győző", "searchTaxId", "8376201239", "searchBirthDate", "1970-01-01"));

        assertThat(criteria.toString())
                .contains("PERSON", "name", "taxId", "birthDate")
                .doesNotContain("Szabó", "8376201239", "1970", "motherName");
    }

    private static CustomerSearchCriteria birthDate(String birthDate) {
        return new CustomerSearchCriteria("PERSON", null, null, birthDate, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }
}
