package hu.insurer.lifeaccess.cluster;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import hu.insurer.lifeaccess.support.ScratchPostgres;

/**
 * Skips the cluster test, with a printed reason, where PostgreSQL, haproxy or the packaged application is missing;
 * with IT_REQUIRE_CLUSTER=true (set by CI) a missing piece is a failure instead. {@link WithoutLoadBalancer} is the
 * same for the tests of application nodes that need no HAProxy.
 */
class ClusterAvailableCondition implements ExecutionCondition {

    static final String REQUIRE_CLUSTER_ENV = "IT_REQUIRE_CLUSTER";

    private final boolean needsLoadBalancer;

    ClusterAvailableCondition() {
        this(true);
    }

    private ClusterAvailableCondition(boolean needsLoadBalancer) {
        this.needsLoadBalancer = needsLoadBalancer;
    }

    /** PostgreSQL and the packaged application, no haproxy. */
    static final class WithoutLoadBalancer extends ClusterAvailableCondition {

        WithoutLoadBalancer() {
            super(false);
        }
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String reason = ScratchPostgres.unavailableReason();
        if (reason == null && needsLoadBalancer && LoadBalancer.haproxy() == null) {
            reason = "haproxy is not installed (apt-get install haproxy)";
        }
        if (reason == null && ApplicationNode.packagedJar() == null) {
            reason = "the packaged application target/life-access-security-code-*.jar is missing (mvn package)";
        }
        if (reason == null) {
            return ConditionEvaluationResult.enabled("PostgreSQL" + (needsLoadBalancer ? ", haproxy" : "")
                    + " and the packaged application are there");
        }
        if ("true".equalsIgnoreCase(System.getenv(REQUIRE_CLUSTER_ENV))) {
            throw new IllegalStateException(reason + " (" + REQUIRE_CLUSTER_ENV + "=true: failing, not skipping)");
        }
        System.out.println("[it] SKIPPED " + context.getDisplayName() + ": " + reason);
        return ConditionEvaluationResult.disabled(reason);
    }
}
