package hu.insurer.lifeaccess.cluster;

import java.time.Duration;
import java.util.function.LongSupplier;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The engine's backlog, for Prometheus: {@code lifeaccess_incidents_open}, {@code lifeaccess_jobs_executable}
 * (due, with retries left, not suspended: waiting for or in execution) and {@code lifeaccess_jobs_acquired} (locked
 * by a job executor). They count the whole shared database, so every node reports the same values: take max(), not
 * sum(), across nodes. Each count runs at most once per {@code life-access.metrics.backlog-refresh} (30 s) per
 * node, however often it is scraped.
 */
@Component
class EngineBacklogMetrics {

    EngineBacklogMetrics(MeterRegistry registry, RuntimeService runtime, ManagementService management,
            @Value("${life-access.metrics.backlog-refresh:30s}") Duration refresh) {
        gauge(registry, "lifeaccess.incidents.open", "Open incidents (all nodes)",
                new CachedCount(() -> runtime.createIncidentQuery().count(), refresh));
        gauge(registry, "lifeaccess.jobs.executable", "Jobs due for execution (all nodes)",
                new CachedCount(() -> management.createJobQuery().executable().count(), refresh));
        gauge(registry, "lifeaccess.jobs.acquired", "Jobs locked by a job executor (all nodes)",
                new CachedCount(() -> management.createJobQuery().acquired().count(), refresh));
    }

    private static void gauge(MeterRegistry registry, String name, String description, CachedCount count) {
        Gauge.builder(name, count, CachedCount::value).description(description).register(registry);
    }

    /** A count query run again only when its last result is older than the refresh interval. */
    static final class CachedCount {

        private final LongSupplier query;
        private final long refreshNanos;
        private long value = -1;
        private long queriedAt;

        CachedCount(LongSupplier query, Duration refresh) {
            this.query = query;
            this.refreshNanos = refresh.toNanos();
        }

        synchronized double value() {
            long now = System.nanoTime();
            if (value < 0 || now - queriedAt >= refreshNanos) {
                try {
                    value = query.getAsLong();
                } catch (RuntimeException e) {
                    // a scrape must not fail with the database: report the last known value (NaN before the first)
                    return value < 0 ? Double.NaN : value;
                }
                queriedAt = now;
            }
            return value;
        }
    }
}
