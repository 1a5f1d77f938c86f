package hu.insurer.lifeaccess.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import hu.insurer.lifeaccess.customer.search.CustomerSearch;
import hu.insurer.lifeaccess.customer.search.CustomerSummary;
import hu.insurer.lifeaccess.demo.SyntheticCustomers;
import hu.insurer.lifeaccess.process.SearchForm;
import hu.insurer.lifeaccess.support.IntegrationTest;
import hu.insurer.lifeaccess.support.TestDatabase;

/**
 * Generated customers stored in batches are found like any other. Rolled back at the end, since generated names
 * include namesakes of the demo customers that other tests count.
 */
@Transactional
class CustomerBulkLoaderIT extends IntegrationTest {

    private static final int COUNT = 1500;

    @Autowired
    private CustomerBulkLoader loader;

    @Autowired
    private CustomerSearch search;

    @Autowired
    private JdbcClient jdbc;

    private final List<CustomerPortfolio> generated = new SyntheticCustomers(7, 90_000_000).next(COUNT);

    @Test
    void afterALoadThePlannerKnowsHowManyCustomersThereAre() {
        // H2's ANALYZE commits the open transaction, which would keep the generated customers for the other tests
        assumeTrue(TestDatabase.isPostgres(), "PostgreSQL only: its ANALYZE runs inside the test's transaction");
        loader.load(generated);
        loader.refreshStatistics();
        assertThat(jdbc.sql("SELECT reltuples FROM pg_class WHERE relname = 'customer'").query(Double.class)
                .single()).isGreaterThanOrEqualTo(COUNT);
    }

    @Test
    void storesCustomersContractsAndPortalAccountsWithTheirSearchKeys() {
        loader.load(generated.subList(0, 1000));
        loader.load(generated.subList(1000, COUNT));

        assertThat(count("SELECT COUNT(*) FROM customer WHERE customer_card_number LIKE '29%'")).isEqualTo(COUNT);
        assertThat(count("SELECT COUNT(*) FROM contract k JOIN customer c ON c.id = k.contracting_party_id "
                + "WHERE c.customer_card_number LIKE '29%'"))
                .isEqualTo(generated.stream().mapToLong(portfolio -> portfolio.contracts().size()).sum());
        assertThat(count("SELECT COUNT(*) FROM portal_account_scope s JOIN portal_account a ON a.id = s.portal_account_id "
                + "JOIN customer c ON c.id = a.customer_id WHERE c.customer_card_number LIKE '29%'"))
                .isEqualTo(generated.stream().mapToLong(portfolio -> portfolio.portalScopes().size()).sum());

        for (CustomerPortfolio portfolio : generated.subList(COUNT - 20, COUNT)) {
            Customer customer = portfolio.customer();
            assertThat(search("searchCustomerType", customer.customerType().name(),
                    "searchName", customer.displayName(),
                    "searchBirthDate", customer.birthDate() == null ? null : customer.birthDate().toString(),
                    "searchCustomerCardNumber", customer.customerCardNumber()))
                    .containsExactly(customer.customerCardNumber());
            assertThat(search("searchContractNumber", portfolio.contracts().get(0).contractNumber()))
                    .containsExactly(customer.customerCardNumber());
        }
        Map.Entry<String, String> plate = generated.stream()
                .flatMap(portfolio -> portfolio.contracts().stream()
                        .filter(contract -> contract.productGroup() == ProductGroup.MOTOR)
                        .map(contract -> Map.entry(contract.licencePlateOrLocation(),
                                portfolio.customer().customerCardNumber())))
                .findFirst().orElseThrow();
        assertThat(search("searchLicencePlate", plate.getKey().toLowerCase().replace("-", " ")))
                .contains(plate.getValue());
    }

    private List<String> search(String... variableNamesAndValues) {
        Map<String, Object> form = new HashMap<>();
        for (int i = 0; i < variableNamesAndValues.length; i += 2) {
            form.put(variableNamesAndValues[i], variableNamesAndValues[i + 1]);
        }
        return search.search(SearchForm.criteria(form)).customers().stream()
                .map(CustomerSummary::customerCardNumber).toList();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
