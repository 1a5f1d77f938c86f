package hu.insurer.lifeaccess.security;

/** The groups of DESIGN §7 and issue 2, each with the least privilege it needs. */
public final class CamundaGroups {

    public static final String AGENTS = "agents";
    public static final String AUDITORS = "auditors";
    public static final String PORTAL_CLIENTS = "portal-clients";
    public static final String ADMINS = "camunda-admin";
    /** Prometheus and other monitoring: the metrics endpoint only, nothing of Camunda. */
    public static final String MONITORING = "monitoring";

    private CamundaGroups() {
    }
}
