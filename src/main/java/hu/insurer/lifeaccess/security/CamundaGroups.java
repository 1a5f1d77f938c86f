package hu.insurer.lifeaccess.security;

/**
 * The staff groups, each with the least privilege it needs. (The portal client is not a Camunda user: it has a
 * credential of its own, {@code life-access.portal.client}.)
 */
public final class CamundaGroups {

    public static final String AGENTS = "agents";
    public static final String AUDITORS = "auditors";
    public static final String ADMINS = "camunda-admin";

    private CamundaGroups() {
    }
}
