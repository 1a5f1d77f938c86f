package hu.insurer.lifeaccess.security;

import static hu.insurer.lifeaccess.security.Authorizations.grant;

import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Groups and their least-privilege authorizations that do not depend on the process model, in every profile; the
 * process's own grants and the Tasklist filters are {@code process/CaseAccessSetup}'s. Idempotent: runs at every
 * start and only adds what is missing.
 */
@Component
class AccessSetup extends AbstractCamundaConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(AccessSetup.class);

    private static final String ANY = Authorization.ANY;

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        createGroups(engine.getIdentityService());
        AuthorizationService authorizations = engine.getAuthorizationService();
        grantAdmins(authorizations);
        grantAgents(authorizations);
        grantSupervisors(authorizations);
        grantAuditors(authorizations);
        LOG.info("Groups and their authorizations are in place");
    }

    private void createGroups(IdentityService identity) {
        Map<String, String> names = Map.of(
                CamundaGroups.ADMINS, "Camunda adminisztrátorok",
                CamundaGroups.AGENTS, "Ügyintézők",
                CamundaGroups.SUPERVISORS, "Csoportvezetők",
                CamundaGroups.AUDITORS, "Auditorok",
                CamundaGroups.MONITORING, "Üzemeltetés: metrikák (technikai felhasználók)");
        names.forEach((id, name) -> {
            if (identity.createGroupQuery().groupId(id).count() == 0) {
                Group group = identity.newGroup(id);
                group.setName(name);
                group.setType(CamundaGroups.AGENTS.equals(id) || CamundaGroups.SUPERVISORS.equals(id)
                        ? Groups.GROUP_TYPE_WORKFLOW : Groups.GROUP_TYPE_SYSTEM);
                identity.saveGroup(group);
            }
        });
    }

    private void grantAdmins(AuthorizationService authorizations) {
        for (Resources resource : Resources.values()) {
            grant(authorizations, CamundaGroups.ADMINS, resource, ANY, Permissions.ALL);
        }
    }

    private void grantAgents(AuthorizationService authorizations) {
        String agents = CamundaGroups.AGENTS;
        grant(authorizations, agents, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(authorizations, agents, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);
    }

    /** Supervisors see every open task and may hand a case to another agent, not work it. */
    private void grantSupervisors(AuthorizationService authorizations) {
        String supervisors = CamundaGroups.SUPERVISORS;
        grant(authorizations, supervisors, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(authorizations, supervisors, Resources.TASK, ANY, Permissions.READ, TaskPermissions.TASK_ASSIGN);
    }

    private void grantAuditors(AuthorizationService authorizations) {
        String auditors = CamundaGroups.AUDITORS;
        grant(authorizations, auditors, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(authorizations, auditors, Resources.PROCESS_DEFINITION, ANY,
                ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_HISTORY,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK);
        grant(authorizations, auditors, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ);
        grant(authorizations, auditors, Resources.TASK, ANY, Permissions.READ);
        grant(authorizations, auditors, Resources.DEPLOYMENT, ANY, Permissions.READ);
        grant(authorizations, auditors, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
        grant(authorizations, auditors, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
        grant(authorizations, auditors, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
        grant(authorizations, auditors, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
        grant(authorizations, auditors, Resources.OPERATION_LOG_CATEGORY, ANY, UserOperationLogCategoryPermissions.READ);
    }
}
