package hu.insurer.lifeaccess.customer.search;

import static hu.insurer.lifeaccess.support.DemoCustomerFixtures.DOROTTYA_CARD_NUMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import hu.insurer.lifeaccess.customer.Customer;
import hu.insurer.lifeaccess.customer.CustomerRepository;
import hu.insurer.lifeaccess.customer.CustomerType;
import hu.insurer.lifeaccess.process.SearchForm;
import hu.insurer.lifeaccess.support.IntegrationTest;

/**
 * The customer search against the demo customers (README, "Demo customers"). Tests that need more customers insert their own,
 * with names and card numbers (9xxxxxxxx) no other test uses, since all integration tests share one database.
 */
class CustomerSearchIT extends IntegrationTest {

    private static final String DOROTTYA = DOROTTYA_CARD_NUMBER;
    private static final String ISTVAN_1965 = "100000001";
    private static final String GYOZO = "100000002";
    private static final String COMPANY = "100000005";
    private static final String ISTVAN_1980 = "100000007";

    @Autowired
    private CustomerSearch search;

    @Autowired
    private CustomerRepository customers;

    @Test
    void nameIgnoresAccents() {
        assertThat(cards(search("searchName", "szabo gyozo"))).containsExactly(GYOZO);
    }

    @Test
    void nameIgnoresCaseAndMatchesWordPrefixes() {
        assertThat(cards(search("searchName", "DOROTTYA kat"))).containsExactly(DOROTTYA);
        assertThat(cards(search("searchName", "szabo gy"))).containsExactly(GYOZO);
        assertThat(cards(search("searchName", "SZABÓ GYŐZŐ"))).containsExactly(GYOZO);
    }

    @Test
    void everyWordMustMatchAWordOfTheNameInAnyOrder() {
        assertThat(cards(search("searchName", "istvan kovacs"))).containsExactly(ISTVAN_1965, ISTVAN_1980);
        assertThat(cards(search("searchName", "kovacs kov"))).containsExactly(ISTVAN_1965, ISTVAN_1980);
        assertThat(search("searchName", "kovacs gyozo").outcome()).isEqualTo(SearchOutcome.NONE);
        assertThat(cards(search("searchName", "ist kovac"))).containsExactly(ISTVAN_1965, ISTVAN_1980);
        assertThat(search("searchName", "kovacs istvan gyozo").outcome()).isEqualTo(SearchOutcome.NONE);
        assertThat(search("searchName", "kovacs gyozo istvan").outcome()).isEqualTo(SearchOutcome.NONE);
        assertThat(search("searchName", "ovacs").outcome()).isEqualTo(SearchOutcome.NONE);
    }

    @Test
    void namesakesAreAllFoundAndTheBirthDateTellsThemApart() {
        CustomerSearchResult namesakes = search("searchName", "kovacs istvan");

        assertThat(namesakes.outcome()).isEqualTo(SearchOutcome.FOUND);
        assertThat(namesakes.totalCount()).isEqualTo(2);
        assertThat(cards(namesakes)).containsExactly(ISTVAN_1965, ISTVAN_1980);
        assertThat(cards(search("searchName", "kovacs istvan", "searchBirthDate", "1965-03-15")))
                .containsExactly(ISTVAN_1965);
    }

    @Test
    void motherName() {
        assertThat(cards(search("searchMotherName", "szucs pir"))).containsExactly(ISTVAN_1980);
        assertThat(cards(search("searchName", "kovacs", "searchMotherName", "Tóth Mária")))
                .containsExactly(ISTVAN_1965);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1958-11-30", "1958-11-30T00:00:00"})
    void birthDate(String birthDate) {
        assertThat(cards(search("searchBirthDate", birthDate))).containsExactly(GYOZO);
    }

    @Test
    void documentNumberIgnoresCaseAndSpacesAndDocumentTypeMustMatch() {
        assertThat(cards(search("searchDocumentNumber", "123456 ab"))).containsExactly(DOROTTYA);
        assertThat(cards(search("searchDocumentType", "ID_CARD", "searchDocumentNumber", "123456AB")))
                .containsExactly(DOROTTYA);
        assertThat(search("searchDocumentType", "PASSPORT", "searchDocumentNumber", "123456AB").outcome())
                .isEqualTo(SearchOutcome.NONE);
    }

    @Test
    void taxId() {
        assertThat(cards(search("searchTaxId", "8 37620 0011"))).containsExactly(DOROTTYA);
    }

    @Test
    void customerType() {
        assertThat(cards(search("searchCustomerType", "COMPANY", "searchName", "kis es tarsa")))
                .containsExactly(COMPANY);
        assertThat(search("searchCustomerType", "PERSON", "searchName", "kis es tarsa").outcome())
                .isEqualTo(SearchOutcome.NONE);
    }

    @Test
    void country() {
        assertThat(cards(search("searchName", "kovacs istvan", "searchCountry", "HU")))
                .containsExactly(ISTVAN_1965, ISTVAN_1980);
        assertThat(search("searchName", "kovacs istvan", "searchCountry", "AT").outcome())
                .isEqualTo(SearchOutcome.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4025", "4025 Debrecen", "debr", "DEBRECEN"})
    void postcodeOrCityPrefix(String postcodeCity) {
        assertThat(cards(search("searchName", "kovacs istvan", "searchPostcodeCity", postcodeCity)))
                .containsExactly(ISTVAN_1965);
    }

    @Test
    void postcodeAndCityMustBothMatch() {
        assertThat(search("searchName", "kovacs istvan", "searchPostcodeCity", "4025 Budapest").outcome())
                .isEqualTo(SearchOutcome.NONE);
    }

    @Test
    void streetPrefixIgnoresAccents() {
        assertThat(cards(search("searchName", "kovacs", "searchStreet", "oktober"))).containsExactly(ISTVAN_1980);
        assertThat(cards(search("searchName", "kovacs", "searchStreet", "Piac utca"))).containsExactly(ISTVAN_1965);
    }

    @Test
    void houseNumber() {
        assertThat(cards(search("searchName", "kovacs", "searchHouseNumber", "20."))).containsExactly(ISTVAN_1965);
    }

    @Test
    void customerCardNumber() {
        assertThat(cards(search("searchCustomerCardNumber", GYOZO))).containsExactly(GYOZO);
    }

    @Test
    void contractNumber() {
        assertThat(cards(search("searchContractNumber", "AHEV00023456"))).containsExactly(ISTVAN_1965);
    }

    @ParameterizedTest
    @ValueSource(strings = {"KIS-765", "kis 765", "KIS765", "Kis - 765"})
    void licencePlateIgnoresCaseSpacesAndHyphens(String plate) {
        assertThat(cards(search("searchLicencePlate", plate))).containsExactly(ISTVAN_1980);
    }

    @Test
    void productGroupNarrowsANameSearch() {
        assertThat(cards(search("searchName", "kovacs istvan", "searchProductGroup", "MOTOR")))
                .containsExactly(ISTVAN_1980);
        assertThat(cards(search("searchName", "kovacs istvan", "searchProductGroup", "CLASSIC")))
                .containsExactly(ISTVAN_1965);
        assertThat(search("searchName", "kovacs istvan", "searchProductGroup", "TRAVEL").outcome())
                .isEqualTo(SearchOutcome.NONE);
    }

    @Test
    void ahlHlContract() {
        assertThat(cards(search("searchName", "kovacs istvan", "searchAhlHl", true))).containsExactly(ISTVAN_1980);
        assertThat(cards(search("searchName", "kovacs istvan", "searchAhlHl", false)))
                .containsExactly(ISTVAN_1965, ISTVAN_1980);
    }

    @Test
    void companyByName() {
        CustomerSearchResult result = search("searchCustomerType", "COMPANY", "searchName", "kis es tarsa");

        CustomerSummary company = result.customers().get(0);
        assertThat(company.name()).isEqualTo("Kis és Társa Kft.");
        assertThat(company.birthDate()).isEmpty();
        assertThat(company.motherName()).isEmpty();
        assertThat(company.optionLabel()).isEqualTo("Kis és Társa Kft. – 100000005");
    }

    @Test
    void summaryHoldsWhatTheResultTableShows() {
        CustomerSummary dorottya = search("searchCustomerCardNumber", DOROTTYA).customers().get(0);

        assertThat(dorottya.id()).isEqualTo(customers.findIdByCardNumber(DOROTTYA).orElseThrow());
        assertThat(dorottya.declaration()).isEqualTo("Igen");
        assertThat(dorottya.name()).isEqualTo("Dorottya Katalin");
        assertThat(dorottya.customerCardNumber()).isEqualTo(DOROTTYA);
        assertThat(dorottya.birthDate()).isEqualTo("1970.01.01");
        assertThat(dorottya.motherName()).isEqualTo("Magdolna István");
        assertThat(dorottya.address()).isEqualTo("1138 Budapest, Váci út 12. 3/4");
        assertThat(dorottya.optionLabel()).isEqualTo("Dorottya Katalin – 1970.01.01 – 123456789");
    }

    @Test
    void noMatchAsksToRefine() {
        CustomerSearchResult result = search("searchName", "nincs ilyen ugyfel");

        assertThat(result.outcome()).isEqualTo(SearchOutcome.NONE);
        assertThat(result.totalCount()).isZero();
        assertThat(result.customers()).isEmpty();
        assertThat(result.feedback()).isEqualTo("Nincs a feltételeknek megfelelő ügyfél. Pontosítsa a keresést.");
    }

    @Test
    void moreThanFiftyMatchesAskToNarrow() {
        for (int i = 0; i < 51; i++) {
            String mother = i < 50 ? "Próba Anna" : "Próba Ilona";
            insertPerson("Tömeges", "Tivadar", mother, LocalDate.of(1950, 1, 1).plusDays(i), "9100000" + pad(i));
        }

        CustomerSearchResult tooMany = search("searchName", "tomeges tiv");
        assertThat(tooMany.outcome()).isEqualTo(SearchOutcome.TOO_MANY);
        assertThat(tooMany.totalCount()).isEqualTo(51);
        assertThat(tooMany.customers()).isEmpty();
        assertThat(tooMany.feedback()).isEqualTo("Több mint 50 találat: szűkítse a keresést, pl. születési dátummal.");

        CustomerSearchResult fifty = search("searchName", "tomeges tiv", "searchMotherName", "proba anna");
        assertThat(fifty.outcome()).isEqualTo(SearchOutcome.FOUND);
        assertThat(fifty.totalCount()).isEqualTo(50);
        assertThat(fifty.customers()).hasSize(50);
        assertThat(fifty.customers().get(0).birthDate()).isEqualTo("1950.01.01");
        assertThat(fifty.customers().get(49).birthDate()).isEqualTo("1950.02.19");

        assertThat(cards(search("searchName", "tomeges tiv", "searchBirthDate", "1950-01-03")))
                .containsExactly("910000002");
    }

    @Test
    void resultsFollowTheHungarianAlphabet() {
        insertPerson("Zsoldos", "Rebeka", "Rend Anna", LocalDate.of(1971, 1, 1), "920000001");
        insertPerson("Csonka", "Rebeka", "Rend Anna", LocalDate.of(1971, 1, 1), "920000002");
        insertPerson("Cukor", "Rebeka", "Rend Anna", LocalDate.of(1971, 1, 1), "920000003");
        insertPerson("Ács", "Rebeka", "Rend Anna", LocalDate.of(1971, 1, 1), "920000004");
        insertPerson("Zala", "Rebeka", "Rend Anna", LocalDate.of(1971, 1, 1), "920000005");

        assertThat(search("searchName", "rebeka", "searchMotherName", "rend anna").customers())
                .extracting(CustomerSummary::name)
                .containsExactly("Ács Rebeka", "Cukor Rebeka", "Csonka Rebeka", "Zala Rebeka", "Zsoldos Rebeka");
    }

    @Test
    void refusesToRunWithoutAnIdentifyingCriterion() {
        assertThatThrownBy(() -> search("searchCustomerType", "PERSON", "searchCountry", "HU",
                "searchPostcodeCity", "1138 Budapest", "searchProductGroup", "LIFE_PROGRAM", "searchAhlHl", true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> search("searchName", " - "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> search("searchBirthDate", "1970.01.01"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private CustomerSearchResult search(Object... variableNamesAndValues) {
        Map<String, Object> form = new HashMap<>();
        for (int i = 0; i < variableNamesAndValues.length; i += 2) {
            form.put((String) variableNamesAndValues[i], variableNamesAndValues[i + 1]);
        }
        return search.search(SearchForm.criteria(form));
    }

    private void insertPerson(String family, String given, String mother, LocalDate birthDate, String card) {
        customers.insert(new Customer(null, CustomerType.PERSON, family, given, null, family + " " + given, mother,
                birthDate, "Budapest", null, "ID_CARD", "T" + card,
                new Customer.Address("HU", "1011", "Budapest", "Fő utca", "1."), card, "+36301112233", true));
    }

    private static String pad(int i) {
        return String.format("%02d", i);
    }

    private static List<String> cards(CustomerSearchResult result) {
        return result.customers().stream().map(CustomerSummary::customerCardNumber).toList();
    }
}
