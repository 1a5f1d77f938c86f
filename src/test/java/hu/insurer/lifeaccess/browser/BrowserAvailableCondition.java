package hu.insurer.lifeaccess.browser;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips the browser tests, with a printed reason, where Debian's chromium or chromium-driver is missing; with
 * IT_REQUIRE_BROWSER=true (set by CI) the missing browser is a failure instead.
 */
public class BrowserAvailableCondition implements ExecutionCondition {

    static final String REQUIRE_BROWSER_ENV = "IT_REQUIRE_BROWSER";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String reason = Browser.unavailableReason();
        if (reason == null) {
            return ConditionEvaluationResult.enabled("Chromium and its driver are installed");
        }
        if ("true".equalsIgnoreCase(System.getenv(REQUIRE_BROWSER_ENV))) {
            throw new IllegalStateException(reason + " (" + REQUIRE_BROWSER_ENV + "=true: failing, not skipping)");
        }
        System.out.println("[it] SKIPPED " + context.getDisplayName() + ": " + reason);
        return ConditionEvaluationResult.disabled(reason);
    }
}
