package hu.insurer.lifeaccess.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import hu.insurer.lifeaccess.customer.Customer;
import hu.insurer.lifeaccess.customer.CustomerType;
import hu.insurer.lifeaccess.customer.CustomerRepository;
import hu.insurer.lifeaccess.customer.search.CustomerSearch;
import hu.insurer.lifeaccess.customer.search.CustomerSearchCriteria;
import hu.insurer.lifeaccess.customer.search.CustomerSearchResult;
import hu.insurer.lifeaccess.customer.search.SearchOutcome;
import hu.insurer.lifeaccess.support.IntegrationTest;

/**
 * "More than 50" needs no full count: the search reads at most {@value CustomerSearch#MAX_RESULTS} + 1
 * rows ({@code FETCH FIRST 51 ROWS ONLY}), and with many more matches than that its outcome and the count it
 * reports are those of exactly 51 (CustomerSearchIT).
 */
class SearchCountingIT extends IntegrationTest {

    private static final int MATCHES = 120;

    @Autowired
    CustomerRepository customers;
    @Autowired
    CustomerSearch search;

    @Test
    void manyMatchesAreCountedOnlyToOneMoreThanShown() {
        long cards = 920_000_000L + (System.nanoTime() % 1_000_000L) * 10;
        for (int i = 0; i < MATCHES; i++) {
            String card = String.valueOf(cards + i);
            customers.insert(new Customer(null, CustomerType.PERSON, "Számláló", "Szilárd", null, "Számláló Szilárd",
                    "Próba Ilona", LocalDate.of(1960, 1, 1).plusDays(i), "Budapest", null, "ID_CARD", "S" + card,
                    new Customer.Address("HU", "1111", "Budapest", "Próba utca", "1."), card, "+36301112222", true));
        }

        CustomerSearchResult result = search.search(new CustomerSearchCriteria("PERSON", "szamlalo szil", null, null,
                null, null, null, "HU", null, null, null, null, null, null, null, null));

        assertThat(result.outcome()).isEqualTo(SearchOutcome.TOO_MANY);
        assertThat(result.totalCount()).isEqualTo(CustomerSearch.MAX_RESULTS + 1);
        assertThat(result.customers()).isEmpty();
    }
}
