package hu.insurer.lifeaccess.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the suite runs and how long, from system properties: {@code benchmark.quick=true} (small sizes, short
 * windows, for trying the suite), {@code benchmark.parts} (any of form,h2,postgres,starter), and each size on its
 * own: {@code benchmark.h2.customers}, {@code benchmark.postgres.customers}, {@code benchmark.issuance.seconds},
 * {@code benchmark.redemption.seconds}, {@code benchmark.search.queries}, {@code benchmark.storage.cases}.
 */
record BenchmarkSettings(boolean quick, Set<String> parts, int h2Customers, int postgresCustomers,
        Duration issuanceWarmUp, Duration issuanceWindow, Duration redemptionWindow, int searchQueries,
        int formRenders, int storageCases, List<String> containerJvmFlags, Map<String, String> containerEnvironment) {

    static final long CONTAINER_LIMIT_BYTES = 768L * 1024 * 1024;

    static BenchmarkSettings fromSystemProperties() {
        boolean quick = Boolean.getBoolean("benchmark.quick");
        int issuanceSeconds = Integer.getInteger("benchmark.issuance.seconds", quick ? 6 : 20);
        return new BenchmarkSettings(quick,
                Set.of(System.getProperty("benchmark.parts", "form,h2,postgres,starter").split(",")),
                Integer.getInteger("benchmark.h2.customers", quick ? 20_000 : 100_000),
                Integer.getInteger("benchmark.postgres.customers", quick ? 50_000 : 1_000_000),
                Duration.ofSeconds(Math.max(3, issuanceSeconds / 2)),
                Duration.ofSeconds(issuanceSeconds),
                Duration.ofSeconds(Integer.getInteger("benchmark.redemption.seconds", quick ? 3 : 10)),
                Integer.getInteger("benchmark.search.queries", quick ? 300 : 1000),
                Integer.getInteger("benchmark.form.renders", quick ? 200 : 1000),
                Integer.getInteger("benchmark.storage.cases", quick ? 40 : 100),
                dockerfileMemoryFlags(), dockerfileMemoryEnvironment());
    }

    boolean runs(String part) {
        return parts.contains(part);
    }

    /** The JVM flags of the Dockerfile's {@code JAVA_MEMORY_OPTS}, so that the suite measures exactly those. */
    static List<String> dockerfileMemoryFlags() {
        try {
            Matcher flags = Pattern.compile("ENV JAVA_MEMORY_OPTS=\"([^\"]+)\"").matcher(Files.readString(Path.of("Dockerfile")));
            if (!flags.find()) {
                throw new IllegalStateException("The Dockerfile sets no JAVA_MEMORY_OPTS");
            }
            return Arrays.asList(flags.group(1).trim().split("\\s+"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Dockerfile's {@code MALLOC_ARENA_MAX}, which bounds the C library's memory beside the JVM's flags. */
    static Map<String, String> dockerfileMemoryEnvironment() {
        try {
            Matcher arenas = Pattern.compile("ENV MALLOC_ARENA_MAX=(\\d+)").matcher(Files.readString(Path.of("Dockerfile")));
            if (!arenas.find()) {
                throw new IllegalStateException("The Dockerfile sets no MALLOC_ARENA_MAX");
            }
            return Map.of("MALLOC_ARENA_MAX", arenas.group(1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The container flags with another maximum heap. */
    List<String> withHeap(String xmx) {
        return containerJvmFlags.stream().map(flag -> flag.startsWith("-Xmx") ? "-Xmx" + xmx : flag).toList();
    }
}
