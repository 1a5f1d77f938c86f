package hu.insurer.lifeaccess.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/** Idempotent changes of a group's grant on a resource, for the set-up that runs at every start. */
public final class Authorizations {

    private Authorizations() {
    }

    /** Adds the permissions to the group's grant, creating the grant where there is none. */
    public static void grant(AuthorizationService authorizations, String groupId, Resource resource,
            String resourceId, Permission... permissions) {
        Authorization existing = existing(authorizations, groupId, resource, resourceId);
        Authorization authorization = existing != null ? existing : authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizations.saveAuthorization(authorization);
    }

    /** Takes back a permission an earlier version of the application granted. */
    public static void revoke(AuthorizationService authorizations, String groupId, Resource resource,
            String resourceId, Permission permission) {
        Authorization existing = existing(authorizations, groupId, resource, resourceId);
        if (existing != null && existing.isPermissionGranted(permission)) {
            existing.removePermission(permission);
            authorizations.saveAuthorization(existing);
        }
    }

    private static Authorization existing(AuthorizationService authorizations, String groupId, Resource resource,
            String resourceId) {
        return authorizations.createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId)
                .resourceType(resource).resourceId(resourceId).singleResult();
    }
}
