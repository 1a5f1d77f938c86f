package hu.insurer.lifeaccess.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class CachedCountTest {

    @Test
    void aScrapeWithinTheRefreshIntervalDoesNotQueryAgain() {
        AtomicInteger queries = new AtomicInteger();
        EngineBacklogMetrics.CachedCount count =
                new EngineBacklogMetrics.CachedCount(() -> 10L * queries.incrementAndGet(), Duration.ofMinutes(1));

        assertThat(count.value()).isEqualTo(10.0);
        assertThat(count.value()).isEqualTo(10.0);
        assertThat(queries).hasValue(1);
    }

    @Test
    void anExpiredValueIsQueriedAgain() {
        AtomicInteger queries = new AtomicInteger();
        EngineBacklogMetrics.CachedCount count =
                new EngineBacklogMetrics.CachedCount(() -> 10L * queries.incrementAndGet(), Duration.ZERO);

        count.value();
        assertThat(count.value()).isEqualTo(20.0);
    }

    @Test
    void aFailingQueryKeepsTheLastValue() {
        AtomicInteger queries = new AtomicInteger();
        EngineBacklogMetrics.CachedCount count = new EngineBacklogMetrics.CachedCount(() -> {
            if (queries.incrementAndGet() > 1) {
                throw new IllegalStateException("database down");
            }
            return 7L;
        }, Duration.ZERO);

        assertThat(count.value()).isEqualTo(7.0);
        assertThat(count.value()).isEqualTo(7.0);
    }

    @Test
    void aFailingFirstQueryIsNotANumber() {
        EngineBacklogMetrics.CachedCount count = new EngineBacklogMetrics.CachedCount(() -> {
            throw new IllegalStateException("database down");
        }, Duration.ofMinutes(1));

        assertThat(count.value()).isNaN();
    }
}
