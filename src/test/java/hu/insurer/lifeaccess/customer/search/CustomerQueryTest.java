package hu.insurer.lifeaccess.customer.search;

import hu.insurer.lifeaccess.process.SearchForm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomerQueryTest {

    @Test
    void valuesAreBoundNeverWrittenIntoTheSql() {
        CustomerQuery query = query("searchName", "O'Brien Győző", "searchMotherName", "Kiss' OR 1=1 --",
                "searchLicencePlate", "abc-123", "searchPostcodeCity", "1138 Budapest", "searchStreet", "Váci' út");

        assertThat(query.condition()).doesNotContain("brien", "gyozo", "kiss", "ABC123", "1138", "budapest", "vaci", "'--");
        assertThat(query.parameters().getValue("licencePlate")).isEqualTo("ABC123");
        assertThat(query.parameters().getValue("postcode")).isEqualTo("1138");
        assertThat(query.parameters().getValue("city")).isEqualTo("budapest%");
        assertThat(query.parameters().getValue("street")).isEqualTo("vaci ut%");
    }

    @Test
    void everyWordIsAPrefixRangeOverTheTokensLongestFirst() {
        CustomerQuery query = query("searchName", "kovacs", "searchMotherName", "Tóth Ilo");

        assertThat(text(query, "w0From")).isEqualTo("kovacs");
        assertThat(text(query, "w0To")).isEqualTo("kovact");
        assertThat(text(query, "w1From")).isEqualTo("toth");
        assertThat(text(query, "w2From")).isEqualTo("ilo");
        assertThat(text(query, "w2To")).isEqualTo("ilp");
        assertThat(query.condition()).contains("w0.field = 'NAME'", "w1.field = 'MOTHER'", "w2.field = 'MOTHER'")
                .doesNotContain("customer_name_pair");
    }

    @Test
    void twoWordsOfTheNameAreOneRangeOfWordPairsTheLongestFirst() {
        CustomerQuery query = query("searchName", "ist kovacs", "searchMotherName", "Tóth");

        assertThat(query.condition()).contains("FROM customer_name_pair p");
        assertThat(text(query, "pairFirstFrom")).isEqualTo("kovacs");
        assertThat(text(query, "pairFirstTo")).isEqualTo("kovact");
        assertThat(text(query, "pairSecondFrom")).isEqualTo("ist");
        assertThat(text(query, "pairSecondTo")).isEqualTo("isu");
        assertThat(text(query, "w0From")).isEqualTo("toth");
        assertThat(query.condition()).contains("w0.field = 'MOTHER'").doesNotContain("w1.");
    }

    @Test
    void noWordPairWhenOneWordStartsTheOtherOrAnExactCriterionFindsTheCandidates() {
        assertThat(query("searchName", "kovacs kov").condition()).doesNotContain("customer_name_pair")
                .contains("w1.field = 'NAME'");
        assertThat(query("searchName", "kovacs ist", "searchBirthDate", "1965-03-15").condition())
                .doesNotContain("customer_name_pair").contains("w0.customer_id = c.id", "w1.field = 'NAME'");
    }

    @Test
    void namesFindTheCandidatesUnlessAnExactCriterionDoes() {
        assertThat(query("searchName", "kovacs").condition()).startsWith("c.id IN (SELECT w0.customer_id");
        assertThat(query("searchName", "kovacs", "searchBirthDate", "1965-03-15").condition())
                .contains("EXISTS (SELECT 1 FROM customer_name_token w0")
                .contains("w0.customer_id = c.id");
    }

    @Test
    void refusesWithoutAnIdentifyingCriterion() {
        assertThatThrownBy(() -> query("searchCountry", "HU", "searchProductGroup", "MOTOR", "searchStreet", "Fő utca"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> query("searchBirthDate", "tegnap")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> query("searchLicencePlate", "- -")).isInstanceOf(IllegalArgumentException.class);
    }

    private static String text(CustomerQuery query, String parameter) {
        return new String((byte[]) query.parameters().getValue(parameter), StandardCharsets.UTF_8);
    }

    private static CustomerQuery query(String... variableNamesAndValues) {
        Map<String, Object> form = new HashMap<>();
        for (int i = 0; i < variableNamesAndValues.length; i += 2) {
            form.put(variableNamesAndValues[i], variableNamesAndValues[i + 1]);
        }
        return CustomerQuery.of(SearchForm.criteria(form));
    }
}
