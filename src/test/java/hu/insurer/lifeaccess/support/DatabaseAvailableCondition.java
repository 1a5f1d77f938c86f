package hu.insurer.lifeaccess.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips PostgreSQL-backed runs, with a printed reason, where no server is reachable; with
 * IT_REQUIRE_POSTGRES=true (set by CI) the missing server is a failure instead.
 */
public class DatabaseAvailableCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!TestDatabase.isPostgres()) {
            return ConditionEvaluationResult.enabled("H2 in memory");
        }
        String reason = ScratchPostgres.unavailableReason();
        if (reason == null) {
            return ConditionEvaluationResult.enabled("PostgreSQL is reachable");
        }
        if ("true".equalsIgnoreCase(System.getenv(TestDatabase.REQUIRE_POSTGRES_ENV))) {
            throw new IllegalStateException(reason + " (" + TestDatabase.REQUIRE_POSTGRES_ENV + "=true: failing, not skipping)");
        }
        System.out.println("[it] SKIPPED " + context.getDisplayName() + ": " + reason);
        return ConditionEvaluationResult.disabled(reason);
    }
}
