package hu.insurer.lifeaccess.security;

/**
 * The staff groups, each with the least privilege it needs. (The portal client is not a Camunda user: it has a
 * credential of its own, {@code life-access.portal.client}.)
 */
public final class CamundaGroups {

    public static final String AGENTS = "agents";
    /** Team leads: see every open case's tasks and reassign a case to another agent; they do not work tasks. */
    public static final String SUPERVISORS = "supervisors";
    public static final String AUDITORS = "auditors";
    public static final String ADMINS = "camunda-admin";
    /** Prometheus and other monitoring: the metrics endpoint only, nothing of Camunda. */
    public static final String MONITORING = "monitoring";

    private CamundaGroups() {
    }
}
