package hu.insurer.lifeaccess.portal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rate limits of redemption attempts, bound from {@code life-access.portal.rate-limit.*}. They are kept in memory,
 * per node: behind a load balancer with N nodes a card number gets up to N times the attempts, which the code's own
 * lock after a few wrong codes (counted in the database) still bounds.
 *
 * @param cardNumberAttempts        attempts per customer card number in {@code cardNumberPeriod} (default 10)
 * @param cardNumberPeriod          default 15 minutes
 * @param clientAttempts            attempts per portal client in {@code clientPeriod} (default 300)
 * @param clientPeriod              default 1 second
 * @param credentialChecksPerSecond bcrypt checks of credentials not seen before, per second (default 10): each
 *                                  costs tens of milliseconds of CPU, so a flood of wrong secrets is answered 429
 *                                  beyond this; the portal's own secret, once checked, is recognised without bcrypt
 */
@ConfigurationProperties("life-access.portal.rate-limit")
public record PortalRateLimitSettings(
        @DefaultValue("10") int cardNumberAttempts,
        @DefaultValue("15m") Duration cardNumberPeriod,
        @DefaultValue("300") int clientAttempts,
        @DefaultValue("1s") Duration clientPeriod,
        @DefaultValue("10") int credentialChecksPerSecond) {

    private static final String PREFIX = "life-access.portal.rate-limit.";

    public PortalRateLimitSettings {
        requirePositive(cardNumberAttempts, "card-number-attempts");
        requirePositive(cardNumberPeriod, "card-number-period");
        requirePositive(clientAttempts, "client-attempts");
        requirePositive(clientPeriod, "client-period");
        requirePositive(credentialChecksPerSecond, "credential-checks-per-second");
    }

    private static void requirePositive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(PREFIX + name + " must be at least 1, not " + value);
        }
    }

    private static void requirePositive(Duration value, String name) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(PREFIX + name + " must be a positive duration, not " + value);
        }
    }
}
