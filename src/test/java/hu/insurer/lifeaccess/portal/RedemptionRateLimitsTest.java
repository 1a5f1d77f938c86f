package hu.insurer.lifeaccess.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RedemptionRateLimitsTest {

    private final RedemptionRateLimits limits = new RedemptionRateLimits(
            new PortalRateLimitSettings(10, Duration.ofMinutes(15), 300, Duration.ofSeconds(1), 10));

    @Test
    void tenAttemptsPerCardNumberThenAWaitOfUpToFifteenMinutes() {
        for (int attempt = 1; attempt <= 10; attempt++) {
            assertThat(limits.cardNumberAttempt("123456789")).as("attempt " + attempt).isEmpty();
        }

        Optional<Duration> wait = limits.cardNumberAttempt("123456789");
        assertThat(wait).hasValueSatisfying(duration -> assertThat(duration)
                .isGreaterThan(Duration.ofMinutes(14)).isLessThanOrEqualTo(Duration.ofMinutes(15)));
        assertThat(limits.cardNumberAttempt("100000001")).as("another card number").isEmpty();
    }

    @Test
    void aClientGetsAFewHundredAttemptsASecond() {
        int allowed = 0;
        Optional<Duration> wait = Optional.empty();
        while (wait.isEmpty() && allowed < 1_000) {
            wait = limits.clientAttempt("portal");
            allowed += wait.isEmpty() ? 1 : 0;
        }

        // the bucket refills while the loop runs, by 300 a second
        assertThat(allowed).isBetween(300, 400);
        assertThat(wait).hasValueSatisfying(duration ->
                assertThat(duration).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1)));
        assertThat(limits.clientAttempt("stand-in portal page")).isEmpty();
    }

    @Test
    void retryAfterIsInWholeSecondsAndAtLeastOne() {
        assertThat(PortalApiAnswers.retryAfterSeconds(Duration.ofMillis(3))).isEqualTo(1);
        assertThat(PortalApiAnswers.retryAfterSeconds(Duration.ofMillis(89_001))).isEqualTo(90);
        assertThat(PortalApiAnswers.tooManyRequestsMessage(900)).isEqualTo("Túl sok próbálkozás. Próbálja újra 15 perc múlva.");
        assertThat(PortalApiAnswers.tooManyRequestsMessage(1)).isEqualTo("Túl sok próbálkozás. Próbálja újra 1 másodperc múlva.");
    }
}
