package hu.insurer.lifeaccess.customer;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import hu.insurer.lifeaccess.portalaccess.PortalAccountRepository;
import hu.insurer.lifeaccess.portalaccess.PortalScope;

/**
 * Stores many customers at once with JDBC batches: the same rows, search keys included, as
 * {@link CustomerRepository#insert}, {@code insertContract} and {@link PortalAccountRepository#open}. For load tests.
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
        for (CustomerPortfolio portfolio : portfolios) {
            customers.add(CustomerRepository.customerParameters(portfolio.customer(), now));
        }
        List<Long> customerIds = insertReturningIds(CustomerRepository.INSERT_CUSTOMER, customers);

        List<SqlParameterSource> tokens = new ArrayList<>();
        List<SqlParameterSource> pairs = new ArrayList<>();
        List<SqlParameterSource> contracts = new ArrayList<>();
        List<SqlParameterSource> accounts = new ArrayList<>();
        List<CustomerPortfolio> accountHolders = new ArrayList<>();
        for (int i = 0; i < portfolios.size(); i++) {
            CustomerPortfolio portfolio = portfolios.get(i);
            long customerId = customerIds.get(i);
            tokens.addAll(CustomerRepository.nameTokenParameters(customerId, portfolio.customer()));
            pairs.addAll(CustomerRepository.namePairParameters(customerId, portfolio.customer()));
            portfolio.contracts().forEach(contract -> contracts.add(
                    CustomerRepository.contractParameters(contract.withContractingParty(customerId))));
            if (!portfolio.portalScopes().isEmpty()) {
                accounts.add(PortalAccountRepository.accountParameters(customerId, now));
                accountHolders.add(portfolio);
            }
        }
        batch(CustomerRepository.INSERT_NAME_TOKEN, tokens);
        batch(CustomerRepository.INSERT_NAME_PAIR, pairs);
        batch(CustomerRepository.INSERT_CONTRACT, contracts);
        if (accounts.isEmpty()) {
            return;
        }
        List<Long> accountIds = insertReturningIds(PortalAccountRepository.INSERT_ACCOUNT, accounts);
        List<SqlParameterSource> scopes = new ArrayList<>();
        for (int i = 0; i < accountHolders.size(); i++) {
            for (PortalScope scope : accountHolders.get(i).portalScopes()) {
                scopes.add(PortalAccountRepository.scopeParameters(accountIds.get(i), scope, now));
            }
        }
        batch(PortalAccountRepository.INSERT_SCOPE, scopes);
    }

    /**
     * After a bulk load the database's statistics still describe the empty tables, and its planner then picks slow
     * plans for the search (214 ms instead of 0.3 ms for "name + birth date" at 1M customers on PostgreSQL): refresh
     * them once the load is done.
     */
    public void refreshStatistics() {
        String product = jdbc.getJdbcTemplate().execute((ConnectionCallback<String>) connection ->
                connection.getMetaData().getDatabaseProductName());
        jdbc.getJdbcTemplate().execute("PostgreSQL".equals(product)
                ? "ANALYZE customer, customer_name_token, customer_name_pair, contract, portal_account,"
                        + " portal_account_scope"
                : "ANALYZE");
    }

    private void batch(String sql, List<SqlParameterSource> rows) {
        jdbc.batchUpdate(sql, rows.toArray(SqlParameterSource[]::new));
    }

    /** The generated ids, in the order of the rows. */
    private List<Long> insertReturningIds(String sql, List<SqlParameterSource> rows) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.batchUpdate(sql, rows.toArray(SqlParameterSource[]::new), keys, new String[] {"id"});
        // H2 names the key column ID, PostgreSQL id: take the only one.
        List<Long> ids = keys.getKeyList().stream()
                .map(key -> ((Number) key.values().iterator().next()).longValue()).toList();
        if (ids.size() != rows.size()) {
            throw new IllegalStateException("The JDBC driver returned " + ids.size() + " keys for " + rows.size()
                    + " rows of a batch");
        }
        return ids;
    }
}
