package hu.insurer.lifeaccess.eligibility;

import java.util.Objects;

/**
 * The outcome of the eligibility rules.
 *
 * @param accessCase          set only when eligible
 * @param ineligibilityReason Hungarian, for the agent; set only when not eligible
 */
public record EligibilityDecision(boolean eligible, AccessCase accessCase, String ineligibilityReason) {

    public EligibilityDecision {
        if (eligible && (accessCase == null || ineligibilityReason != null)) {
            throw new IllegalArgumentException("An eligible decision has an access case and no reason");
        }
        if (!eligible && (accessCase != null || ineligibilityReason == null || ineligibilityReason.isBlank())) {
            throw new IllegalArgumentException("An ineligible decision has a reason and no access case");
        }
    }

    public static EligibilityDecision eligible(AccessCase accessCase) {
        return new EligibilityDecision(true, Objects.requireNonNull(accessCase, "accessCase"), null);
    }

    public static EligibilityDecision notEligible(String reason) {
        return new EligibilityDecision(false, null, reason);
    }
}
