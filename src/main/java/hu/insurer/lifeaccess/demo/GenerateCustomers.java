package hu.insurer.lifeaccess.demo;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import hu.insurer.lifeaccess.customer.CustomerBulkLoader;

/**
 * Loads synthetic customers into the configured database and stops the application:
 * {@code --life-access.generate-customers=100000} (optionally {@code --life-access.generate-customers-seed=7}).
 * A second run continues with the next card numbers. Never under the prod profile.
 */
@Component
@Order(3)
@Profile("!prod")
@ConditionalOnProperty(name = "life-access.generate-customers")
public class GenerateCustomers implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(GenerateCustomers.class);
    private static final int BATCH_SIZE = 1000;
    private static final int PROGRESS_EVERY = 20_000;

    private final CustomerBulkLoader loader;
    private final JdbcClient jdbc;
    private final ApplicationContext context;
    private final int count;
    private final long seed;

    public GenerateCustomers(CustomerBulkLoader loader, JdbcClient jdbc, ApplicationContext context,
            @Value("${life-access.generate-customers}") int count,
            @Value("${life-access.generate-customers-seed:42}") long seed) {
        this.loader = loader;
        this.jdbc = jdbc;
        this.context = context;
        this.count = count;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        long firstIndex = nextIndex();
        SyntheticCustomers generator = new SyntheticCustomers(seed, firstIndex);
        long started = System.nanoTime();
        for (int loaded = 0; loaded < count; ) {
            int batch = Math.min(BATCH_SIZE, count - loaded);
            loader.load(generator.next(batch));
            loaded += batch;
            if (loaded % PROGRESS_EVERY == 0 && loaded < count) {
                LOG.info("{} of {} synthetic customers loaded", loaded, count);
            }
        }
        loader.refreshStatistics();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        LOG.info("Loaded {} synthetic customers (card numbers {} to {}, seed {}) in {} s", count,
                SyntheticCustomers.cardNumber(firstIndex), SyntheticCustomers.cardNumber(firstIndex + count - 1), seed,
                String.format("%.1f", took.toMillis() / 1000.0));
        System.exit(SpringApplication.exit(context));
    }

    private long nextIndex() {
        return jdbc.sql("SELECT MAX(customer_card_number) FROM customer WHERE customer_card_number LIKE '2________'")
                .query(String.class).optional()
                .map(highest -> Long.parseLong(highest.substring(1)) + 1)
                .orElse(0L);
    }
}
