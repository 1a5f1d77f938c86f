package hu.insurer.lifeaccess.portal;

import java.time.Duration;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Token buckets of redemption attempts (Bucket4j), per portal client and per customer card number, in this node's
 * memory ({@link PortalRateLimitSettings}). A bucket left idle for its period is full again and is dropped, so that
 * attempts on many different card numbers hold at most {@value #MAX_CARD_NUMBERS} buckets.
 */
@Component
class RedemptionRateLimits {

    static final int MAX_CARD_NUMBERS = 500_000;

    private final PortalRateLimitSettings settings;
    private final Cache<String, Bucket> clients;
    private final Cache<String, Bucket> cardNumbers;

    RedemptionRateLimits(PortalRateLimitSettings settings) {
        this.settings = settings;
        this.clients = Caffeine.newBuilder().maximumSize(1_000).expireAfterAccess(settings.clientPeriod()).build();
        this.cardNumbers = Caffeine.newBuilder().maximumSize(MAX_CARD_NUMBERS)
                .expireAfterAccess(settings.cardNumberPeriod()).build();
    }

    /** Takes one attempt of the client's allowance: empty when allowed, else how long to wait. */
    Optional<Duration> clientAttempt(String clientId) {
        Bucket bucket = clients.get(clientId, key -> Bucket.builder()
                .addLimit(limit -> limit.capacity(settings.clientAttempts())
                        .refillGreedy(settings.clientAttempts(), settings.clientPeriod()))
                .build());
        return take(bucket);
    }

    /** Takes one attempt of the card number's allowance: empty when allowed, else how long to wait. */
    Optional<Duration> cardNumberAttempt(String cardNumber) {
        Bucket bucket = cardNumbers.get(cardNumber, key -> Bucket.builder()
                .addLimit(limit -> limit.capacity(settings.cardNumberAttempts())
                        .refillIntervally(settings.cardNumberAttempts(), settings.cardNumberPeriod()))
                .build());
        return take(bucket);
    }

    private static Optional<Duration> take(Bucket bucket) {
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
}
