package hu.insurer.lifeaccess.security;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Writes the refused requests of each API as one INFO line per interval
 * ({@code life-access.refused-requests.log-interval}, default 60 s), so that a flood of wrong codes or passwords
 * costs a line a minute, not a line a request.
 */
@Component
public class RefusedRequestsLog implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(RefusedRequestsLog.class);

    private final Duration interval;
    private final List<RefusedRequests> apis = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "refused-requests-log");
        thread.setDaemon(true);
        return thread;
    });

    RefusedRequestsLog(@Value("${life-access.refused-requests.log-interval:60s}") Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("life-access.refused-requests.log-interval must be positive");
        }
        this.interval = interval;
        scheduler.scheduleAtFixedRate(this::writeSummaries, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** The counter of one API, named in its lines, e.g. "portal API". */
    public RefusedRequests forApi(String api) {
        RefusedRequests refusals = new RefusedRequests(api);
        apis.add(refusals);
        return refusals;
    }

    void writeSummaries() {
        for (RefusedRequests api : apis) {
            api.takeSummary(interval).ifPresent(LOG::info);
        }
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
        writeSummaries();
    }
}
