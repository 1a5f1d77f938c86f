package hu.insurer.lifeaccess.benchmark;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

import hu.insurer.lifeaccess.customer.Customer;
import hu.insurer.lifeaccess.customer.CustomerRepository;
import hu.insurer.lifeaccess.customer.search.CustomerSearch;
import hu.insurer.lifeaccess.customer.search.CustomerSearchCriteria;
import hu.insurer.lifeaccess.customer.NameKeys;
import hu.insurer.lifeaccess.customer.search.SearchOutcome;

/**
 * Latency of the application's {@link CustomerSearch} (its repository and queries, no process engine) over a
 * {@link SyntheticPopulation}, for the criteria agents type, each shape with random customers of the population.
 */
final class CustomerSearchBenchmark {

    private static final long SEED = 7;

    private final String database;
    private final double goalP95Millis;
    private final int queries;

    CustomerSearchBenchmark(String database, double goalP95Millis, int queries) {
        this.database = database;
        this.goalP95Millis = goalP95Millis;
        this.queries = queries;
    }

    void run(DataSource dataSource, SyntheticPopulation population, int customers, ResultTable table) {
        CustomerSearch search = new CustomerSearch(new CustomerRepository(JdbcClient.create(dataSource),
                Clock.systemDefaultZone()));
        List<Customer> persons = population.persons;
        measure(table, search, customers, "name prefix (\"kovacs ist\")", random ->
                byName(namePrefix(persons.get(random.nextInt(persons.size()))), null));
        measure(table, search, customers, "common prefix, too many (\"kovacs\")", random ->
                byName(NameKeys.normalize(persons.get(random.nextInt(persons.size())).familyName()), null));
        measure(table, search, customers, "name + birth date", random -> {
            Customer customer = persons.get(random.nextInt(persons.size()));
            return byName(namePrefix(customer), customer.birthDate().toString());
        });
        measure(table, search, customers, "customer card number", random -> criteria(null, null,
                persons.get(random.nextInt(persons.size())).customerCardNumber(), null, null));
        measure(table, search, customers, "contract number", random -> criteria(null, null, null,
                population.contractNumbers.get(random.nextInt(population.contractNumbers.size())), null));
        measure(table, search, customers, "licence plate", random -> criteria(null, null, null, null,
                population.licencePlates.get(random.nextInt(population.licencePlates.size()))));
    }

    /** What an agent types: the family name and the start of the given name, without accents. */
    private static String namePrefix(Customer customer) {
        String given = NameKeys.normalize(customer.givenName());
        return NameKeys.normalize(customer.familyName()) + " " + given.substring(0, Math.min(3, given.length()));
    }

    private static CustomerSearchCriteria byName(String name, String birthDate) {
        return criteria(name, birthDate, null, null, null);
    }

    private static CustomerSearchCriteria criteria(String name, String birthDate, String card, String contract,
            String plate) {
        // the start form always sends the customer type and the country, PERSON and HU unless the agent changes them
        return new CustomerSearchCriteria("PERSON", name, null, birthDate, null, null, null, "HU", null, null, null,
                card, contract, plate, null, null);
    }

    private void measure(ResultTable table, CustomerSearch search, int customers, String shape,
            Function<Random, CustomerSearchCriteria> query) {
        Random random = new Random(SEED);
        for (int i = 0; i < Math.max(100, queries / 3); i++) {
            search.search(query.apply(random));
        }
        double[] millis = new double[queries];
        Map<SearchOutcome, Integer> outcomes = new EnumMap<>(SearchOutcome.class);
        for (int i = 0; i < queries; i++) {
            CustomerSearchCriteria criteria = query.apply(random);
            long started = System.nanoTime();
            SearchOutcome outcome = search.search(criteria).outcome();
            millis[i] = (System.nanoTime() - started) / 1e6;
            outcomes.merge(outcome, 1, Integer::sum);
        }
        Latencies latencies = Latencies.of(millis);
        String where = database + " " + ResultTable.number(customers / 1000.0, 0) + "k";
        table.add("search", where + ": " + shape + " p50 / p95 / max (ms)",
                ResultTable.number(latencies.median(), 2) + " / " + ResultTable.number(latencies.percentile(95), 2)
                        + " / " + ResultTable.number(latencies.max(), 1),
                "", "", "p95 ≤ " + ResultTable.number(goalP95Millis, 0) + " ms",
                latencies.percentile(95) <= goalP95Millis);
        table.note("Search " + where + ", " + shape + ": " + queries + " queries, outcomes " + outcomes + ".");
    }
}
