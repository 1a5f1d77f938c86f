package hu.insurer.lifeaccess.security;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * Counts the refused requests of one API by cause, so that a flood of them becomes one log line per interval
 * ({@link RefusedRequestsLog}) instead of one line per request.
 */
public final class RefusedRequests {

    private final String api;
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    RefusedRequests(String api) {
        this.api = api;
    }

    /** One refused request; {@code cause} is a fixed word such as UNAUTHORIZED or INVALID_CODE, never client input. */
    public void record(String cause) {
        counts.computeIfAbsent(cause, key -> new LongAdder()).increment();
    }

    /**
     * The line that sums up the refusals since the last call, e.g. "portal API: 7 012 requests refused in the last
     * 60 s: 6 990 INVALID_CODE, 22 UNAUTHORIZED", and starts counting anew; empty when none was refused.
     */
    Optional<String> takeSummary(Duration interval) {
        Map<String, Long> taken = new LinkedHashMap<>();
        counts.forEach((cause, count) -> {
            long sum = count.sumThenReset();
            if (sum > 0) {
                taken.put(cause, sum);
            }
        });
        if (taken.isEmpty()) {
            return Optional.empty();
        }
        long total = taken.values().stream().mapToLong(Long::longValue).sum();
        String causes = taken.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(entry -> grouped(entry.getValue()) + " " + entry.getKey())
                .collect(Collectors.joining(", "));
        return Optional.of(api + ": " + grouped(total) + (total == 1 ? " request" : " requests")
                + " refused in the last " + interval.toSeconds() + " s: " + causes);
    }

    private static String grouped(long number) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator(' ');
        return new DecimalFormat("#,##0", symbols).format(number);
    }
}
