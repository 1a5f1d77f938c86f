package hu.insurer.lifeaccess.sms;

import java.time.Duration;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * SMS handed to the gateway on this node, for Prometheus: {@code lifeaccess_sms_seconds{result="sent"|"failed"}}
 * — its count is the number of SMS sent or failed, its sum and buckets the provider's latency. The text is never
 * a tag.
 */
@Component
public class SmsMetrics {

    private static final Duration[] LATENCY_BUCKETS = {Duration.ofMillis(50), Duration.ofMillis(100),
            Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2),
            Duration.ofSeconds(5), Duration.ofSeconds(10)};

    private final Timer sent;
    private final Timer failed;

    SmsMetrics(MeterRegistry registry) {
        this.sent = timer(registry, "sent");
        this.failed = timer(registry, "failed");
    }

    /** Sends through the gateway and records the attempt; a failure is recorded and thrown on. */
    public void send(SmsGateway gateway, SmsMessage message) {
        Timer.Sample sample = Timer.start();
        try {
            gateway.send(message);
            sample.stop(sent);
        } catch (RuntimeException e) {
            sample.stop(failed);
            throw e;
        }
    }

    private static Timer timer(MeterRegistry registry, String result) {
        return Timer.builder("lifeaccess.sms").description("SMS handed to the gateway (outbox or provider) and how long it took")
                .tag("result", result).serviceLevelObjectives(LATENCY_BUCKETS).register(registry);
    }
}
