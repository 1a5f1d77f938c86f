package hu.insurer.lifeaccess.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

class CaseNumbersTest {

    @Test
    void theYearIsBudapestsAndTheNumberHasSixDigits() {
        assertThat(CaseNumbers.of(123, OffsetDateTime.parse("2026-12-01T09:40:00Z"))).isEqualTo("ÜBK-2026-000123");
        // 23:30 UTC on New Year's Eve is already next year in Budapest
        assertThat(CaseNumbers.of(7, OffsetDateTime.parse("2026-12-31T23:30:00Z"))).isEqualTo("ÜBK-2027-000007");
    }
}
