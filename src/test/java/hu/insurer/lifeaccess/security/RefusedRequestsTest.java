package hu.insurer.lifeaccess.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RefusedRequestsTest {

    private final RefusedRequests refusals = new RefusedRequests("portal API");

    @Test
    void aFloodBecomesOneLinePerIntervalWithTheCausesMostFrequentFirst() {
        for (int i = 0; i < 6_990; i++) {
            refusals.record("INVALID_CODE");
        }
        for (int i = 0; i < 22; i++) {
            refusals.record("UNAUTHORIZED");
        }

        assertThat(refusals.takeSummary(Duration.ofSeconds(60))).hasValue(
                "portal API: 7 012 requests refused in the last 60 s: 6 990 INVALID_CODE, 22 UNAUTHORIZED");
    }

    @Test
    void eachIntervalCountsAnewAndAQuietOneWritesNothing() {
        refusals.record("BAD_REQUEST");
        assertThat(refusals.takeSummary(Duration.ofSeconds(60))).isPresent();

        assertThat(refusals.takeSummary(Duration.ofSeconds(60))).isEmpty();
        refusals.record("TOO_MANY_REQUESTS");
        assertThat(refusals.takeSummary(Duration.ofSeconds(10)))
                .hasValue("portal API: 1 request refused in the last 10 s: 1 TOO_MANY_REQUESTS");
    }
}
