package hu.insurer.lifeaccess.cluster;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import hu.insurer.lifeaccess.customer.Contract;
import hu.insurer.lifeaccess.customer.ContractStatus;
import hu.insurer.lifeaccess.customer.Customer;
import hu.insurer.lifeaccess.customer.CustomerBulkLoader;
import hu.insurer.lifeaccess.customer.CustomerPortfolio;
import hu.insurer.lifeaccess.customer.CustomerType;
import hu.insurer.lifeaccess.customer.ProductGroup;
import hu.insurer.lifeaccess.portalaccess.PortalScope;

/**
 * Eligible customers for the cases of a test on application nodes, loaded straight into their database as the
 * bulk load does: persons with an active life contract, a mobile number of their own and card numbers from
 * {@code firstCardNumber} on (every other one also has a non-life portal account).
 */
final class ClusterCustomers {

    static final String BIRTH_DATE = "1975-05-05";

    static List<CaseDriver.Customer> load(DataSource dataSource, long firstCardNumber, int count) {
        CustomerBulkLoader loader = new CustomerBulkLoader(new NamedParameterJdbcTemplate(dataSource), Clock.systemUTC());
        List<CustomerPortfolio> portfolios = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String card = String.valueOf(firstCardNumber + i);
            Customer customer = new Customer(null, CustomerType.PERSON, "Fürt", "Ügyfél " + i, null, "Fürt Ügyfél", "Próba Ilona",
                    LocalDate.parse(BIRTH_DATE), "Budapest", null, "ID_CARD", "C" + card,
                    new Customer.Address("HU", "1111", "Budapest", "Próba utca", "1."), card,
                    "+3630" + String.format("%07d", 1_000_000 + i), true);
            Contract life = new Contract(null, "AHEC" + card, "ULA", "Életprogram", ProductGroup.LIFE_PROGRAM, 0,
                    ContractStatus.ACTIVE,
                    LocalDate.of(2020, 1, 1), null, null, true, false);
            portfolios.add(new CustomerPortfolio(customer, List.of(life), i % 2 == 0 ? List.of() : List.of(PortalScope.NON_LIFE)));
        }
        loader.load(portfolios);
        return JdbcClient.create(dataSource).sql("""
                SELECT id, customer_card_number FROM customer
                WHERE customer_card_number >= ? AND customer_card_number < ? AND LENGTH(customer_card_number) = ?
                ORDER BY customer_card_number""")
                .params(String.valueOf(firstCardNumber), String.valueOf(firstCardNumber + count),
                        String.valueOf(firstCardNumber).length())
                .query((rs, row) -> new CaseDriver.Customer(rs.getLong(1), rs.getString(2), BIRTH_DATE)).list();
    }

    private ClusterCustomers() {
    }
}
