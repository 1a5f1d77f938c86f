package hu.insurer.lifeaccess.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

import com.zaxxer.hikari.HikariDataSource;

import ch.qos.logback.classic.Level;
import hu.insurer.lifeaccess.benchmark.IssuanceBenchmark.IssuedCase;
import hu.insurer.lifeaccess.benchmark.IssuanceBenchmark.Throughput;
import hu.insurer.lifeaccess.process.ProcessConstants;
import hu.insurer.lifeaccess.support.DatabaseFootprint;
import hu.insurer.lifeaccess.support.ScratchPostgres;

/**
 * The benchmark suite, one command ({@code ./mvnw -Pbenchmark test-compile exec:exec}, see README):
 * prints a table of every figure beside its baseline measured in the same run and writes {@code docs/benchmarks.md}.
 * Not a test; see {@link BenchmarkSettings} for the sizes.
 */
public final class BenchmarkSuite {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private final BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
    private final ResultTable table = new ResultTable();
    private final Machine machine = new Machine();
    private Duration applicationStartup;
    private long applicationPeakRssH2 = -1;

    private BenchmarkSuite() {
    }

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        long started = System.nanoTime();
        BenchmarkSuite suite = new BenchmarkSuite();
        suite.run();
        String command = "./mvnw -Pbenchmark test-compile exec:exec" + (suite.settings.quick() ? " -Dbenchmark.quick=true" : "");
        BenchmarkReport.write(Path.of("docs", "benchmarks.md"), suite.table, suite.settings, suite.machine.describe(),
                command, Duration.ofNanos(System.nanoTime() - started));
        System.out.println("\nWritten: docs/benchmarks.md");
        System.exit(0);
    }

    private void run() throws Exception {
        System.out.println("Benchmark suite" + (settings.quick() ? " (quick)" : "") + ", container JVM flags "
                + settings.containerJvmFlags());
        if (settings.runs("form")) {
            new RequestFormBenchmark(settings.formRenders()).run(table);
        }
        if (settings.runs("h2")) {
            onH2();
        }
        if (settings.runs("postgres")) {
            String reason = ScratchPostgres.unavailableReason();
            if (reason == null) {
                onPostgres();
            } else {
                table.note("PostgreSQL part skipped: " + reason);
            }
        }
        if (settings.runs("starter")) {
            bareStarter();
        }
    }

    private void onH2() throws Exception {
        Path directory = Files.createTempDirectory("lifeaccess-benchmark-h2");
        try {
            String url = "jdbc:h2:file:" + directory.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE";
            SyntheticPopulation population;
            try (HikariDataSource dataSource = dataSource(url, "sa", "")) {
                population = loaded("H2 " + org.h2.engine.Constants.VERSION + " (file)", dataSource,
                        settings.h2Customers());
                new CustomerSearchBenchmark("H2", 30, settings.searchQueries())
                        .run(dataSource, population, settings.h2Customers(), table);
            }
            try (ChildJvm application = startApplication("application-h2", settings.containerJvmFlags(), url, "sa", "")) {
                applicationStartup = application.startup();
                issuance("H2", application, population, null);
                applicationPeakRssH2 = application.peakRss();
            }
        } finally {
            FileSystemUtils.deleteRecursively(directory);
        }
    }

    private void onPostgres() throws Exception {
        ScratchPostgres postgres = ScratchPostgres.create("bench_lifeaccess_");
        try (HikariDataSource dataSource = dataSource(postgres.url(), postgres.user(), postgres.password())) {
            JdbcClient jdbc = JdbcClient.create(dataSource);
            machine.postgresVersion = jdbc.sql("SHOW server_version").query(String.class).single();
            SyntheticPopulation population = loaded("PostgreSQL " + machine.postgresVersion, dataSource,
                    settings.postgresCustomers());
            new CustomerSearchBenchmark("PostgreSQL", 15, settings.searchQueries())
                    .run(dataSource, population, settings.postgresCustomers(), table);
            Queue<SyntheticPopulation.Eligible> fresh = new ConcurrentLinkedQueue<>(population.eligible);
            try (ChildJvm application = startApplication("application-postgres", settings.containerJvmFlags(),
                    postgres.url(), postgres.user(), postgres.password())) {
                List<IssuedCase> issued = Collections.synchronizedList(new ArrayList<>());
                issuance("PostgreSQL", application, fresh, population, issued);
                storagePerCase(application, fresh, jdbc);
                new RedemptionBenchmark(application.url(), new HttpLoad(new EngineRestClient(application.url(), 32)
                        .http()), settings.redemptionWindow())
                        .run(table, population.idleCards, RedemptionBenchmark.codesOf(issued, jdbc), new int[] {8, 32});
                memory(application, "application, PostgreSQL, after the whole load (issuance, storage, redemption)");
            }
            // the heaps alternate, each in a JVM started for it and warmed the same way, so that neither gains from
            // a warmer JIT or a database grown less than the other's
            double[] casesPerSecond = new double[2];
            String[] heaps = {"384m", "1g"};
            for (int round = 0; round < 2; round++) {
                for (int heap = 0; heap < heaps.length; heap++) {
                    casesPerSecond[heap] += issuanceAtHeap(heaps[heap], round, postgres, fresh) / 2;
                }
            }
            table.add("memory", "issuance PostgreSQL, 4 agents: -Xmx384m vs -Xmx1g (cases/s, mean of 2 alternating"
                            + " fresh JVMs each)", ResultTable.number(casesPerSecond[0], 1),
                    ResultTable.number(casesPerSecond[1], 1), ResultTable.ratio(casesPerSecond[0], casesPerSecond[1]),
                    "≥ 0.9× (within 10 %)", casesPerSecond[0] >= 0.9 * casesPerSecond[1]);
        } finally {
            postgres.drop();
        }
    }

    private double issuanceAtHeap(String heap, int round, ScratchPostgres postgres,
            Queue<SyntheticPopulation.Eligible> fresh) throws Exception {
        try (ChildJvm application = startApplication("application-postgres-" + heap + "-" + round,
                settings.withHeap(heap), postgres.url(), postgres.user(), postgres.password())) {
            IssuanceBenchmark benchmark = new IssuanceBenchmark(new EngineRestClient(application.url(), 8), fresh::poll);
            benchmark.run(ProcessConstants.PROCESS_KEY, 4, settings.issuanceWarmUp(), Duration.ofSeconds(1), null);
            return benchmark.run(ProcessConstants.PROCESS_KEY, 4, Duration.ofSeconds(2), settings.issuanceWindow(), null)
                    .casesPerSecond();
        }
    }

    private SyntheticPopulation loaded(String database, HikariDataSource dataSource, int customers) {
        SyntheticPopulation population = SyntheticPopulation.load(dataSource, customers);
        table.note(String.format("%s: %,d synthetic customers (SyntheticCustomers, seed 42) loaded with"
                        + " CustomerBulkLoader in %.0f s, statistics refreshed by CustomerBulkLoader.refreshStatistics();"
                        + " %,d eligible customers sampled for the cases.", database, customers,
                population.loadSeconds, population.eligible.size()));
        return population;
    }

    private void issuance(String database, ChildJvm application, SyntheticPopulation population,
            List<IssuedCase> issued) throws InterruptedException {
        issuance(database, application, new ConcurrentLinkedQueue<>(population.eligible), population, issued);
    }

    /** Real and bare model, 1 and 4 agents. */
    private void issuance(String database, ChildJvm application, Queue<SyntheticPopulation.Eligible> fresh,
            SyntheticPopulation population, List<IssuedCase> issued) throws InterruptedException {
        EngineRestClient client = new EngineRestClient(application.url(), 8);
        IssuanceBenchmark real = new IssuanceBenchmark(client, fresh::poll);
        IssuanceBenchmark bare = new IssuanceBenchmark(client, cycling(population.eligible));
        bare.deployBareModel();
        real.run(ProcessConstants.PROCESS_KEY, 2, settings.issuanceWarmUp(), Duration.ofSeconds(1), null);
        bare.run(IssuanceBenchmark.BARE_PROCESS_KEY, 2, settings.issuanceWarmUp(), Duration.ofSeconds(1), null);
        for (int agents : new int[] {1, 4}) {
            Throughput application1 = real.run(ProcessConstants.PROCESS_KEY, agents, Duration.ofSeconds(2),
                    settings.issuanceWindow(), issued);
            Throughput baseline = bare.run(IssuanceBenchmark.BARE_PROCESS_KEY, agents, Duration.ofSeconds(2),
                    settings.issuanceWindow(), null);
            table.add("issuance", database + ", " + agents + " agent" + (agents > 1 ? "s" : "") + " (cases/s)",
                    ResultTable.number(application1.casesPerSecond(), 1), ResultTable.number(baseline.casesPerSecond(), 1),
                    ResultTable.ratio(application1.casesPerSecond(), baseline.casesPerSecond()), "≥ 0.7× bare engine",
                    baseline.failed() == 0 && baseline.cases() > 0
                            && application1.casesPerSecond() >= 0.7 * baseline.casesPerSecond());
            table.note(String.format("Issuance %s, %d agent(s): %,d cases in %d s (median %.0f ms a case, %d failed)"
                            + " against %,d bare cases (median %.0f ms, %d failed; worked by admin, as the bare engine has neither"
                            + " the application's guard nor its authorizations); load average %s.", database, agents,
                    application1.cases(), settings.issuanceWindow().toSeconds(), application1.medianCaseMillis(),
                    application1.failed(), baseline.cases(), baseline.medianCaseMillis(), baseline.failed(),
                    Machine.loadAverage()));
        }
        memory(application, "application, " + database + ", after issuance");
    }

    /**
     * What the database keeps growing by per case once autovacuum runs: a first batch of cases leaves the space of
     * its deleted runtime rows and superseded row versions free (VACUUM), a second batch of the same size is
     * measured. On a database that has never run a case, those would count once more.
     */
    private void storagePerCase(ChildJvm application, Queue<SyntheticPopulation.Eligible> fresh, JdbcClient jdbc)
            throws InterruptedException {
        DatabaseFootprint footprint = new DatabaseFootprint(jdbc);
        EngineRestClient client = new EngineRestClient(application.url(), 2);
        IssuanceBenchmark driver = new IssuanceBenchmark(client, fresh::poll);
        HttpLoad redeemer = new HttpLoad(client.http());
        int cases = settings.storageCases();
        Map<String, Long> first = footprint.tableSizes();
        FinishedCases warmUp = finishCases(application, driver, redeemer, fresh, jdbc, cases);
        Map<String, Long> before = footprint.tableSizes();
        FinishedCases measured = finishCases(application, driver, redeemer, fresh, jdbc, cases);
        Map<String, Long> growth = DatabaseFootprint.growth(before, footprint.tableSizes());
        long perCase = growth.values().stream().mapToLong(Long::longValue).sum() / cases;
        long firstPerCase = DatabaseFootprint.growth(first, before).values().stream().mapToLong(Long::longValue).sum()
                / cases;
        table.add("storage", "PostgreSQL bytes per finished case", ResultTable.number(perCase / 1024.0, 1) + " KB", "",
                "", "≤ 40 KB", perCase <= 40 * 1024);
        StringBuilder largest = new StringBuilder();
        growth.entrySet().stream().filter(entry -> entry.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                .forEach(entry -> largest.append(String.format(" %s %,.1f KB;", entry.getKey(),
                        entry.getValue() / 1024.0 / cases)));
        table.note(String.format("Storage: twice %d cases, one after the other, each driven to its SMS and redeemed at"
                        + " once (%d and %d ended, %d redemptions not 200); growth of all tables with indexes and TOAST"
                        + " (pg_total_relation_size, after VACUUM) per case of the second batch, largest:%s (the first"
                        + " batch, whose deleted rows had no VACUUM between them to free their space: %,.1f KB a case)", cases, warmUp.ended(),
                measured.ended(), warmUp.notRedeemed() + measured.notRedeemed(), largest, firstPerCase / 1024.0));
    }

    private record FinishedCases(long ended, int notRedeemed) {
    }

    private static FinishedCases finishCases(ChildJvm application, IssuanceBenchmark driver, HttpLoad redeemer,
            Queue<SyntheticPopulation.Eligible> fresh, JdbcClient jdbc, int cases) throws InterruptedException {
        List<String> finished = new ArrayList<>();
        int notRedeemed = 0;
        for (int i = 0; i < cases; i++) {
            SyntheticPopulation.Eligible customer = fresh.poll();
            IssuedCase issued = new IssuedCase(driver.drive(ProcessConstants.PROCESS_KEY, customer), customer);
            RedemptionBenchmark.Redeemable code = RedemptionBenchmark.codesOf(List.of(issued), jdbc).get(0);
            notRedeemed += redeemer.run(1, Duration.ofMinutes(1), n -> n == 0
                    ? RedemptionBenchmark.request(application.url(), code) : null, 200).unexpected();
            finished.add(issued.processInstanceId());
        }
        // a redeemed case is closed by a job just after the portal's answer
        long ended = 0;
        for (long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos(); System.nanoTime() < deadline; ) {
            ended = jdbc.sql("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE ID_ IN (:ids) AND END_TIME_ IS NOT NULL")
                    .param("ids", finished).query(Long.class).single();
            if (ended == cases) {
                break;
            }
            Thread.sleep(100);
        }
        return new FinishedCases(ended, notRedeemed);
    }

    private void bareStarter() throws Exception {
        Path directory = Files.createTempDirectory("lifeaccess-benchmark-starter");
        int port = freePort();
        try (ChildJvm starter = ChildJvm.start("bare-starter", settings.containerJvmFlags(),
                BareCamundaApplication.class.getName(), true, port, settings.containerEnvironment(), List.of(
                        "--life-access.benchmark.bare-starter=true",
                        "--spring.config.name=bare-camunda-starter",
                        "--spring.flyway.enabled=false",
                        "--spring.datasource.url=jdbc:h2:file:" + directory.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE",
                        "--server.port=" + port))) {
            starter.awaitReady("/actuator/health", START_TIMEOUT);
            EngineRestClient client = new EngineRestClient(starter.url(), 8);
            AtomicInteger next = new AtomicInteger();
            IssuanceBenchmark bare = new IssuanceBenchmark(client, () -> new SyntheticPopulation.Eligible(
                    next.incrementAndGet(), String.valueOf(100_000_000 + next.get()), "1970-01-01"));
            bare.deployBareModelWithForms();
            bare.run(IssuanceBenchmark.BARE_PROCESS_KEY, 2, settings.issuanceWarmUp(), Duration.ofSeconds(1), null);
            for (int agents : new int[] {1, 4}) {
                bare.run(IssuanceBenchmark.BARE_PROCESS_KEY, agents, Duration.ofSeconds(2), settings.issuanceWindow(),
                        null);
            }
            if (applicationStartup != null) {
                table.add("memory", "start-up until ready (s), H2, container flags",
                        ResultTable.number(applicationStartup.toMillis() / 1000.0, 1),
                        ResultTable.number(starter.startup().toMillis() / 1000.0, 1),
                        ResultTable.ratio(applicationStartup.toMillis(), starter.startup().toMillis()), "", null);
            }
            table.add("memory", "peak RSS after issuance load, H2, container flags",
                    ResultTable.mib(applicationPeakRssH2), ResultTable.mib(starter.peakRss()),
                    applicationPeakRssH2 < 0 ? "" : ResultTable.ratio(applicationPeakRssH2, starter.peakRss()),
                    "", null);
            table.note("Baselines of start-up and memory: BareCamundaApplication, Spring Boot with the Camunda"
                    + " starters (engine, webapps, REST) the application uses and none of its code, H2 file database,"
                    + " the same JVM flags, the bare model (with the four forms it names) driven by the same agents'"
                    + " load; baseline column of the two memory rows above.");
        } finally {
            FileSystemUtils.deleteRecursively(directory);
        }
    }

    private void memory(ChildJvm application, String when) {
        long now = application.rss();
        long peak = application.peakRss();
        table.add("memory", "RSS " + when + ": now / peak", ResultTable.mib(now) + " / " + ResultTable.mib(peak),
                "768 MiB limit", ResultTable.number(peak / (double) BenchmarkSettings.CONTAINER_LIMIT_BYTES, 2) + "×",
                "peak < limit", peak < BenchmarkSettings.CONTAINER_LIMIT_BYTES);
    }

    private ChildJvm startApplication(String name, List<String> jvmFlags, String url, String user, String password)
            throws InterruptedException, IOException {
        int port = freePort();
        table.note(name + ": the application (LifeAccessApplication, default profile: demo users, SMS outbox, job"
                + " executor on) in a JVM of its own with " + String.join(" ", jvmFlags) + " and the Dockerfile's "
                + settings.containerEnvironment() + "; the portal client's rate limit raised to 10^9 a second so that"
                + " the load generator is not throttled.");
        Map<String, String> environment = new HashMap<>(settings.containerEnvironment());
        environment.putAll(Map.of(
                "SPRING_DATASOURCE_URL", url,
                "SPRING_DATASOURCE_USERNAME", user,
                "SPRING_DATASOURCE_PASSWORD", password,
                "NODE_ID", name,
                "LIFE_ACCESS_PORTAL_RATE_LIMIT_CLIENT_ATTEMPTS", "1000000000"));
        return ChildJvm.start(name, jvmFlags, "hu.insurer.lifeaccess.LifeAccessApplication", false, port, environment,
                        List.of())
                .awaitReady("/actuator/health/readiness", START_TIMEOUT);
    }

    private static Supplier<SyntheticPopulation.Eligible> cycling(List<SyntheticPopulation.Eligible> customers) {
        AtomicInteger next = new AtomicInteger();
        return () -> customers.get(Math.floorMod(next.getAndIncrement(), customers.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
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
