package hu.insurer.lifeaccess.benchmark;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import hu.insurer.lifeaccess.customer.Contract;
import hu.insurer.lifeaccess.customer.ContractStatus;
import hu.insurer.lifeaccess.customer.Customer;
import hu.insurer.lifeaccess.customer.CustomerBulkLoader;
import hu.insurer.lifeaccess.customer.CustomerPortfolio;
import hu.insurer.lifeaccess.customer.CustomerSearchKeysBackfill;
import hu.insurer.lifeaccess.portalaccess.PortalScope;
import hu.insurer.lifeaccess.customer.ProductGroup;
import hu.insurer.lifeaccess.demo.SyntheticCustomers;

/**
 * Synthetic customers loaded into a fresh database with the application's migrations and {@link CustomerBulkLoader}
 * (statistics refreshed as the loader does after a bulk load), and samples of them for the benchmarks: persons to
 * search for, contract numbers, licence plates, and customers eligible for a code (a person with an active life
 * contract, a mobile number, and no life access yet), each with the id the database gave it.
 */
final class SyntheticPopulation {

    private static final long SEED = 42;
    private static final int LOAD_BATCH = 1000;
    private static final int SAMPLE = 20_000;

    /** A customer a case can be driven for. */
    record Eligible(long id, String cardNumber, String birthDate) {
    }

    final List<Customer> persons = new ArrayList<>();
    final List<String> contractNumbers = new ArrayList<>();
    final List<String> licencePlates = new ArrayList<>();
    final List<Eligible> eligible = new ArrayList<>();
    /** Card numbers of customers that get no code in the benchmark (the redemption's 422 path). */
    final List<String> idleCards = new ArrayList<>();
    double loadSeconds;

    private SyntheticPopulation() {
    }

    static SyntheticPopulation load(DataSource dataSource, int customers) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .javaMigrations(new CustomerSearchKeysBackfill()).load().migrate();
        CustomerBulkLoader loader = new CustomerBulkLoader(new NamedParameterJdbcTemplate(dataSource),
                Clock.systemDefaultZone());
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        SyntheticPopulation population = new SyntheticPopulation();
        Random sampling = new Random(SEED);
        double every = Math.max(1, customers / (double) SAMPLE);
        List<String> eligibleCards = new ArrayList<>();
        Map<String, String> birthDates = new ConcurrentHashMap<>();
        long started = System.nanoTime();
        SyntheticCustomers generator = new SyntheticCustomers(SEED, 0);
        for (int loaded = 0; loaded < customers; loaded += LOAD_BATCH) {
            List<CustomerPortfolio> batch = generator.next(Math.min(LOAD_BATCH, customers - loaded));
            transaction.executeWithoutResult(status -> loader.load(batch));
            for (CustomerPortfolio portfolio : batch) {
                if (sampling.nextDouble() * every >= 1) {
                    continue;
                }
                Customer customer = portfolio.customer();
                if (!customer.isCompany()) {
                    population.persons.add(customer);
                }
                for (Contract contract : portfolio.contracts()) {
                    population.contractNumbers.add(contract.contractNumber());
                    if (contract.productGroup() == ProductGroup.MOTOR) {
                        population.licencePlates.add(contract.licencePlateOrLocation());
                    }
                }
                if (isEligible(portfolio)) {
                    eligibleCards.add(customer.customerCardNumber());
                    birthDates.put(customer.customerCardNumber(), customer.birthDate().toString());
                } else if (!customer.isCompany()) {
                    population.idleCards.add(customer.customerCardNumber() + "|" + customer.birthDate());
                }
            }
        }
        loader.refreshStatistics();
        population.loadSeconds = (System.nanoTime() - started) / 1e9;
        JdbcClient jdbc = JdbcClient.create(dataSource);
        for (String card : eligibleCards) {
            long id = jdbc.sql("SELECT id FROM customer WHERE customer_card_number = ?").param(card)
                    .query(Long.class).single();
            population.eligible.add(new Eligible(id, card, birthDates.get(card)));
        }
        if (population.eligible.isEmpty()) {
            throw new IllegalStateException("No eligible customer among the " + customers + " loaded: no case to drive");
        }
        return population;
    }

    private static boolean isEligible(CustomerPortfolio portfolio) {
        Customer customer = portfolio.customer();
        return !customer.isCompany() && customer.mobileNumber() != null
                && !portfolio.portalScopes().contains(PortalScope.LIFE)
                && portfolio.contracts().stream().anyMatch(contract ->
                        contract.status() == ContractStatus.ACTIVE
                                && contract.productGroup().isLife());
    }
}
