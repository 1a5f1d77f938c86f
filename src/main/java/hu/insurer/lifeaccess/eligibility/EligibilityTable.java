package hu.insurer.lifeaccess.eligibility;

import java.util.LinkedHashMap;
import java.util.Map;

import hu.insurer.lifeaccess.customer.CustomerType;
import hu.insurer.lifeaccess.portalaccess.PortalScope;

/**
 * The eligibility decision table ({@code dmn/eligibility.dmn}, which process owners edit in Camunda Modeler): the
 * facts it reads and how its answer becomes an {@link EligibilityDecision}. Which products count as life and which
 * contracts as in force stays in Java ({@link EligibilityFacts}); who is eligible, and the reason told to the agent,
 * is the table's.
 */
public final class EligibilityTable {

    public static final String RESOURCE = "dmn/eligibility.dmn";
    public static final String DECISION_KEY = "Decision_Eligibility";

    /** The table's input expressions: the variable names its rows are evaluated against. */
    public static final class Input {
        public static final String CUSTOMER_TYPE = "customerType";
        public static final String HAS_ACTIVE_LIFE_CONTRACT = "hasActiveLifeContract";
        public static final String HAS_PORTAL_ACCOUNT = "hasPortalAccount";
        public static final String PORTAL_INCLUDES_LIFE = "portalIncludesLife";

        private Input() {
        }
    }

    /** The table's output names. */
    public static final class Output {
        public static final String DECISION = "decision";
        public static final String INELIGIBILITY_REASON = "ineligibilityReason";

        private Output() {
        }
    }

    /** The value of {@link Output#DECISION} for a refusal; the others are the {@link AccessCase} names. */
    public static final String NOT_ELIGIBLE = "NOT_ELIGIBLE";

    public static Map<String, Object> inputs(EligibilityFacts facts) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put(Input.CUSTOMER_TYPE, facts.customerType().name());
        inputs.put(Input.HAS_ACTIVE_LIFE_CONTRACT, facts.hasActiveLifeContract());
        inputs.put(Input.HAS_PORTAL_ACCOUNT, facts.portalAccess().hasAccount());
        inputs.put(Input.PORTAL_INCLUDES_LIFE, facts.portalAccess().includes(PortalScope.LIFE));
        return inputs;
    }

    /**
     * The decision of the one row that matched.
     *
     * @param row the matching row's outputs; {@code null} when no row matched
     * @throws IllegalStateException when no row matched or the row's outputs are not a decision
     */
    public static EligibilityDecision decision(Map<String, Object> row) {
        if (row == null) {
            throw new IllegalStateException("No row of " + RESOURCE + " matches these facts: the table must give a "
                    + "decision for every " + CustomerType.class.getSimpleName() + " and contract/portal situation");
        }
        Object decision = row.get(Output.DECISION);
        Object reason = row.get(Output.INELIGIBILITY_REASON);
        if (NOT_ELIGIBLE.equals(decision)) {
            if (reason == null || reason.toString().isBlank()) {
                throw new IllegalStateException("A refusing row of " + RESOURCE + " has no " + Output.INELIGIBILITY_REASON);
            }
            return EligibilityDecision.notEligible(reason.toString());
        }
        for (AccessCase accessCase : AccessCase.values()) {
            if (accessCase.name().equals(decision)) {
                return EligibilityDecision.eligible(accessCase);
            }
        }
        throw new IllegalStateException("A row of " + RESOURCE + " decides '" + decision + "'; expected "
                + NOT_ELIGIBLE + " or one of " + java.util.Arrays.toString(AccessCase.values()));
    }

    private EligibilityTable() {
    }
}
