package hu.insurer.lifeaccess.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EligibilityDecisionTest {

    @Test
    void eligibleCarriesTheAccessCaseAndNoReason() {
        EligibilityDecision decision = EligibilityDecision.eligible(AccessCase.EXTENSION);

        assertThat(decision.eligible()).isTrue();
        assertThat(decision.accessCase()).isEqualTo(AccessCase.EXTENSION);
        assertThat(decision.ineligibilityReason()).isNull();
    }

    @Test
    void notEligibleCarriesTheReasonAndNoAccessCase() {
        EligibilityDecision decision = EligibilityDecision.notEligible("Nem jogosult.");

        assertThat(decision.eligible()).isFalse();
        assertThat(decision.accessCase()).isNull();
        assertThat(decision.ineligibilityReason()).isEqualTo("Nem jogosult.");
    }

    @Test
    void eligibleNeedsAnAccessCase() {
        assertThatThrownBy(() -> EligibilityDecision.eligible(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new EligibilityDecision(true, null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eligibleCannotHaveAReason() {
        assertThatThrownBy(() -> new EligibilityDecision(true, AccessCase.REGISTRATION, "ok"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void notEligibleNeedsAReason() {
        assertThatThrownBy(() -> EligibilityDecision.notEligible(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EligibilityDecision.notEligible("  ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void notEligibleCannotHaveAnAccessCase() {
        assertThatThrownBy(() -> new EligibilityDecision(false, AccessCase.REGISTRATION, "Nem jogosult."))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
