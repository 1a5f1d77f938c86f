package hu.insurer.lifeaccess.process;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * An agent reads only their own cases: each case grants READ on its process instance to the agent who has it (the
 * Tasklist filter shows the case's customer from its variables). The grant is the application's, not the agent's,
 * so it is written without the agent's authorization checks.
 */
@Component
class CaseAccess {

    private final AuthorizationService authorizations;

    CaseAccess(@Lazy AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    void grantRead(String processInstanceId, String userId) {
        Context.getCommandContext().runWithoutAuthorization(() -> {
            Authorization grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            grant.setUserId(userId);
            grant.setResource(Resources.PROCESS_INSTANCE);
            grant.setResourceId(processInstanceId);
            grant.addPermission(Permissions.READ);
            return authorizations.saveAuthorization(grant);
        });
    }

    void moveRead(String processInstanceId, String fromUserId, String toUserId) {
        Context.getCommandContext().runWithoutAuthorization(() -> {
            authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT).userIdIn(fromUserId)
                    .resourceType(Resources.PROCESS_INSTANCE).resourceId(processInstanceId).list()
                    .forEach(old -> authorizations.deleteAuthorization(old.getId()));
            return null;
        });
        grantRead(processInstanceId, toUserId);
    }
}
