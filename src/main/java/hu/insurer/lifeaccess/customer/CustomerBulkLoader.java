package hu.insurer.lifeaccess.customer;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores many customers at once with JDBC batches: the same rows, search keys included, as
 * {@link CustomerRepository#insert}, {@code insertContract} and {@code openPortalAccount}. For load tests.
 */
@Component
public class CustomerBulkLoader {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    public CustomerBulkLoader(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores the customers with their contracts and portal accounts; about a thousand at a time is a good size. */
    @Transactional
    public void load(List<CustomerPortfolio> portfolios) {
        if (portfolios.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<SqlParameterSource> customers = new ArrayList<>();
        List<String> cardNumbers = new ArrayList<>();
        for (CustomerPortfolio portfolio : portfolios) {
            customers.add(CustomerRepository.customerParameters(portfolio.customer(), now));
            cardNumbers.add(portfolio.customer().customerCardNumber());
        }
        batch(CustomerRepository.INSERT_CUSTOMER, customers);
        // Drivers differ in returning the generated keys of a batch; the unique card numbers lead to the ids.
        Map<String, Long> customerIds = idsBy("SELECT id, customer_card_number AS owner FROM customer "
                + "WHERE customer_card_number IN (:owners)", cardNumbers);

        List<SqlParameterSource> tokens = new ArrayList<>();
        List<SqlParameterSource> contracts = new ArrayList<>();
        List<Long> accountHolders = new ArrayList<>();
        for (CustomerPortfolio portfolio : portfolios) {
            long customerId = customerIds.get(portfolio.customer().customerCardNumber());
            tokens.addAll(CustomerRepository.nameTokenParameters(customerId, portfolio.customer()));
            portfolio.contracts().forEach(contract -> contracts.add(
                    CustomerRepository.contractParameters(contract.withContractingParty(customerId))));
            if (!portfolio.portalScopes().isEmpty()) {
                accountHolders.add(customerId);
            }
        }
        batch(CustomerRepository.INSERT_NAME_TOKEN, tokens);
        batch(CustomerRepository.INSERT_CONTRACT, contracts);
        if (accountHolders.isEmpty()) {
            return;
        }

        batch(CustomerRepository.INSERT_PORTAL_ACCOUNT, accountHolders.stream()
                .map(customerId -> (SqlParameterSource) CustomerRepository.portalAccountParameters(customerId, now))
                .toList());
        Map<String, Long> accountIds = idsBy("SELECT id, customer_id AS owner FROM portal_account "
                + "WHERE customer_id IN (:owners)", accountHolders);
        List<SqlParameterSource> scopes = new ArrayList<>();
        for (CustomerPortfolio portfolio : portfolios) {
            for (String scope : portfolio.portalScopes()) {
                long customerId = customerIds.get(portfolio.customer().customerCardNumber());
                scopes.add(CustomerRepository.portalScopeParameters(accountIds.get(String.valueOf(customerId)), scope, now));
            }
        }
        batch(CustomerRepository.INSERT_PORTAL_SCOPE, scopes);
    }

    private void batch(String sql, List<SqlParameterSource> rows) {
        jdbc.batchUpdate(sql, rows.toArray(SqlParameterSource[]::new));
    }

    /** The ids of the rows just inserted, by the unique value (card number, customer id) that owns them. */
    private Map<String, Long> idsBy(String sql, List<?> owners) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.query(sql, new MapSqlParameterSource("owners", owners), row -> {
            ids.put(row.getString("owner"), row.getLong("id"));
        });
        return ids;
    }
}
