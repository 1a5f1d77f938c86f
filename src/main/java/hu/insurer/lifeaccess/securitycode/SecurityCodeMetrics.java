package hu.insurer.lifeaccess.securitycode;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * What happened to security codes on this node, for Prometheus: {@code lifeaccess_security_codes_total{event}}
 * (issued, redeemed, locked, expired, superseded), counted when the transaction that made the change commits, and
 * {@code lifeaccess_redemption_seconds{outcome}}, the portal's redemption latency. Never a code or a customer.
 */
@Component
public class SecurityCodeMetrics {

    private static final Duration[] LATENCY_BUCKETS = {Duration.ofMillis(25), Duration.ofMillis(50),
            Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofSeconds(2)};

    public enum Event { ISSUED, REDEEMED, LOCKED, EXPIRED, SUPERSEDED }

    private final Map<Event, Counter> events = new EnumMap<>(Event.class);
    private final Map<RedemptionOutcome, Timer> redemptions = new EnumMap<>(RedemptionOutcome.class);

    SecurityCodeMetrics(MeterRegistry registry) {
        for (Event event : Event.values()) {
            events.put(event, Counter.builder("lifeaccess.security.codes")
                    .description("Security codes issued, and how they ended, on this node")
                    .tag("event", event.name().toLowerCase()).register(registry));
        }
        for (RedemptionOutcome outcome : RedemptionOutcome.values()) {
            redemptions.put(outcome, Timer.builder("lifeaccess.redemption")
                    .description("Redemptions of security codes through the portal API, by outcome")
                    .tag("outcome", outcome.name()).serviceLevelObjectives(LATENCY_BUCKETS).register(registry));
        }
    }

    /** Counts the event once the current transaction commits (at once when there is none). */
    void counted(Event event) {
        Counter counter = events.get(event);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            counter.increment();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                counter.increment();
            }
        });
    }

    void redemption(RedemptionOutcome outcome, Duration took) {
        redemptions.get(outcome).record(took);
    }
}
