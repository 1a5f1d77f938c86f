package hu.insurer.lifeaccess.benchmark;

import ch.qos.logback.classic.Level;
import com.zaxxer.hikari.HikariDataSource;
import hu.insurer.lifeaccess.customer.Customer;
import hu.insurer.lifeaccess.customer.CustomerBulkLoader;
import hu.insurer.lifeaccess.customer.CustomerPortfolio;
import hu.insurer.lifeaccess.customer.CustomerRepository;
import hu.insurer.lifeaccess.customer.CustomerSearchKeysBackfill;
import hu.insurer.lifeaccess.customer.NameKeys;
import hu.insurer.lifeaccess.customer.search.CustomerSearch;
import hu.insurer.lifeaccess.customer.search.CustomerSearchCriteria;
import hu.insurer.lifeaccess.customer.search.SearchOutcome;
import hu.insurer.lifeaccess.demo.SyntheticCustomers;
import hu.insurer.lifeaccess.support.ScratchPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Latency of {@link CustomerSearch} over many synthetic customers, on H2 (a file database, as the default profile
 * uses) and on PostgreSQL (a fresh database on the local server, dropped at the end). Not a test: it asserts
 * nothing and prints its figures. No Spring context and no process engine: a connection pool, the Flyway
 * migrations, and the application's own repository, loader and search.
 *
 * <p>{@code ./mvnw -q -Pbenchmark test-compile exec:java}, with optional {@code -Dbenchmark.customers=100000},
 * {@code -Dbenchmark.queries=1000}, {@code -Dbenchmark.databases=h2,postgres}; PostgreSQL is found through
 * IT_POSTGRES_HOST / IT_POSTGRES_PORT / IT_POSTGRES_USER / IT_POSTGRES_PASSWORD (default 127.0.0.1:5432, postgres).
 */
public final class CustomerSearchBenchmark {

    private static final long SEED = 42;
    private static final int LOAD_BATCH = 1000;
    private static final int WARM_UP_QUERIES = 300;

    private final int customers = Integer.getInteger("benchmark.customers", 100_000);
    private final int queries = Integer.getInteger("benchmark.queries", 1000);
    private final List<Customer> persons = new ArrayList<>();

    private CustomerSearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        CustomerSearchBenchmark benchmark = new CustomerSearchBenchmark();
        for (String database : System.getProperty("benchmark.databases", "h2,postgres").split(",")) {
            switch (database.strip()) {
                case "h2" -> benchmark.runOnH2();
                case "postgres" -> benchmark.runOnPostgres();
                default -> throw new IllegalArgumentException("Unknown database " + database + ": h2 or postgres");
            }
        }
    }

    private void runOnH2() throws IOException {
        Path directory = Files.createTempDirectory("customer-search-benchmark");
        try {
            run("H2 " + org.h2.engine.Constants.VERSION + " (file)",
                    dataSource("jdbc:h2:file:" + directory.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE", "sa", ""),
                    "ANALYZE");
        } finally {
            FileSystemUtils.deleteRecursively(directory);
        }
    }

    private void runOnPostgres() throws SQLException {
        ScratchPostgres postgres = ScratchPostgres.create("life_access_bench_");
        try {
            // VACUUM also marks the pages all-visible, as autovacuum soon would, so that index-only scans apply.
            run("PostgreSQL", dataSource(postgres.url(), postgres.user(), postgres.password()), "VACUUM ANALYZE");
        } finally {
            postgres.drop();
        }
    }

    private void run(String name, HikariDataSource dataSource, String analyze) {
        try (dataSource) {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                    .javaMigrations(new CustomerSearchKeysBackfill()).load().migrate();
            Clock clock = Clock.systemDefaultZone();
            CustomerBulkLoader loader = new CustomerBulkLoader(new NamedParameterJdbcTemplate(dataSource), clock);
            CustomerSearch search = new CustomerSearch(new CustomerRepository(JdbcClient.create(dataSource), clock));
            TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));

            long started = System.nanoTime();
            SyntheticCustomers generator = new SyntheticCustomers(SEED, 0);
            persons.clear();
            for (int loaded = 0; loaded < customers; loaded += LOAD_BATCH) {
                List<CustomerPortfolio> batch = generator.next(Math.min(LOAD_BATCH, customers - loaded));
                transaction.executeWithoutResult(status -> loader.load(batch));
                batch.stream().map(CustomerPortfolio::customer).filter(customer -> !customer.isCompany())
                        .forEach(persons::add);
            }
            JdbcClient.create(dataSource).sql(analyze).update();
            System.out.printf("%n%s: %,d customers loaded in %.1f s%n", name, customers,
                    (System.nanoTime() - started) / 1e9);

            measure(search, "name prefix (\"kovacs ist\")", this::namePrefix);
            measure(search, "name prefix + birth date", customer -> {
                CustomerSearchCriteria byName = namePrefix(customer);
                return new CustomerSearchCriteria("PERSON", byName.name(), null, customer.birthDate().toString(),
                        null, null, null, "HU", null, null, null, null, null, null, null, null);
            });
        }
    }

    /** What an agent types: the family name and the start of the given name, without accents. */
    private CustomerSearchCriteria namePrefix(Customer customer) {
        String given = NameKeys.normalize(customer.givenName());
        String name = NameKeys.normalize(customer.familyName()) + " " + given.substring(0, Math.min(3, given.length()));
        return new CustomerSearchCriteria("PERSON", name, null, null, null, null, null, "HU", null, null, null, null,
                null, null, null, null);
    }

    private void measure(CustomerSearch search, String label, Function<Customer, CustomerSearchCriteria> query) {
        Random random = new Random(SEED);
        for (int i = 0; i < WARM_UP_QUERIES; i++) {
            search.search(query.apply(persons.get(random.nextInt(persons.size()))));
        }
        double[] millis = new double[queries];
        Map<SearchOutcome, Integer> outcomes = new EnumMap<>(SearchOutcome.class);
        for (int i = 0; i < queries; i++) {
            CustomerSearchCriteria criteria = query.apply(persons.get(random.nextInt(persons.size())));
            long started = System.nanoTime();
            SearchOutcome outcome = search.search(criteria).outcome();
            millis[i] = (System.nanoTime() - started) / 1e6;
            outcomes.merge(outcome, 1, Integer::sum);
        }
        Arrays.sort(millis);
        System.out.printf("  %-28s %,d queries: median %6.2f ms, p95 %6.2f ms, max %7.2f ms   %s%n", label, queries,
                percentile(millis, 50), percentile(millis, 95), millis[millis.length - 1], outcomes);
    }

    private static double percentile(double[] sorted, int percent) {
        return sorted[Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    private static HikariDataSource dataSource(String url, String user, String password) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setUsername(user);
        dataSource.setPassword(password);
        dataSource.setMaximumPoolSize(2);
        return dataSource;
    }
}
