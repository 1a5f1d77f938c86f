package hu.insurer.lifeaccess.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import hu.insurer.lifeaccess.process.ProcessConstants;
import hu.insurer.lifeaccess.process.SendNoticeConstants;

/**
 * Groups, their least-privilege authorizations and the agents' shared Tasklist filter, in every profile.
 * Idempotent: runs at every start and only adds what is missing.
 */
@Component
class AccessSetup extends AbstractCamundaConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(AccessSetup.class);

    static final String AGENTS_FILTER_NAME = "Saját ügyeim feladatai";
    private static final String FORMER_AGENTS_FILTER_NAME = "Csoportom feladatai";
    static final String SUPERVISORS_FILTER_NAME = "Minden nyitott ügy (csoportvezető)";
    private static final String ANY = Authorization.ANY;

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        createGroups(engine.getIdentityService());
        AuthorizationService authorizations = engine.getAuthorizationService();
        grantAdmins(authorizations);
        grantAgents(authorizations, agentsFilter(engine.getFilterService(), engine.getTaskService().createTaskQuery()));
        grantSupervisors(authorizations, supervisorsFilter(engine.getFilterService(),
                engine.getTaskService().createTaskQuery()));
        grantAuditors(authorizations);
        LOG.info("Groups, authorizations and the agents' Tasklist filter are in place");
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

    private void grantAgents(AuthorizationService authorizations, String filterId) {
        String agents = CamundaGroups.AGENTS;
        grant(authorizations, agents, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        // no READ_INSTANCE: an agent reads only the cases they started (a grant per case, see CaseAccess)
        grant(authorizations, agents, Resources.PROCESS_DEFINITION, ProcessConstants.PROCESS_KEY,
                ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
        revoke(authorizations, agents, Resources.PROCESS_DEFINITION, ProcessConstants.PROCESS_KEY,
                ProcessDefinitionPermissions.READ_INSTANCE);
        grant(authorizations, agents, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);
        // the notice of a code's sending (a task of the agent's, in their filter): its name; only the application starts it
        grant(authorizations, agents, Resources.PROCESS_DEFINITION, SendNoticeConstants.PROCESS_KEY,
                ProcessDefinitionPermissions.READ);
        grant(authorizations, agents, Resources.FILTER, filterId, Permissions.READ);
    }

    /** Supervisors see every open task of the process and may hand a case to another agent, not work it. */
    private void grantSupervisors(AuthorizationService authorizations, String filterId) {
        String supervisors = CamundaGroups.SUPERVISORS;
        grant(authorizations, supervisors, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(authorizations, supervisors, Resources.PROCESS_DEFINITION, ProcessConstants.PROCESS_KEY,
                ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.TASK_ASSIGN);
        grant(authorizations, supervisors, Resources.TASK, ANY, Permissions.READ, TaskPermissions.TASK_ASSIGN);
        grant(authorizations, supervisors, Resources.FILTER, filterId, Permissions.READ);
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

    /**
     * The agents' filter: the tasks of the cases each agent started (a case's tasks belong to its agent), with the
     * case number and the customer under each task so that the agent picks the right one.
     */
    private String agentsFilter(FilterService filters, TaskQuery query) {
        return saveFilter(filters, AGENTS_FILTER_NAME, List.of(FORMER_AGENTS_FILTER_NAME),
                query.taskAssigneeExpression("${currentUser()}"),
                "Az általam indított ügyek nyitott feladatai", -10);
    }

    /** The supervisors' filter: every open task of the process, whoever has it, to reassign a case. */
    private String supervisorsFilter(FilterService filters, TaskQuery query) {
        return saveFilter(filters, SUPERVISORS_FILTER_NAME, List.of(),
                query.processDefinitionKey(ProcessConstants.PROCESS_KEY),
                "Minden nyitott ügy feladata, átadáshoz", -5);
    }

    private String saveFilter(FilterService filters, String name, List<String> formerNames, TaskQuery query,
            String description, int priority) {
        Filter filter = filters.createFilterQuery().filterName(name).singleResult();
        for (String formerName : formerNames) {
            Filter former = filters.createFilterQuery().filterName(formerName).singleResult();
            if (filter == null && former != null) {
                filter = former.setName(name);
            }
        }
        if (filter == null) {
            filter = filters.newTaskFilter(name);
        }
        filter.setQuery(query);
        filter.setProperties(Map.of(
                "description", description,
                "priority", priority,
                "refresh", true,
                "variables", List.of(
                        Map.of("name", ProcessConstants.Variable.CASE_NUMBER, "label", "Ügyszám"),
                        Map.of("name", ProcessConstants.Variable.SEARCH_NAME, "label", "Keresett név"),
                        Map.of("name", ProcessConstants.Variable.PARTNER_NAME, "label", "Ügyfél"),
                        Map.of("name", ProcessConstants.Variable.PARTNER_CUSTOMER_CARD_NUMBER,
                                "label", "Ügyfélkártyaszám"))));
        return filters.saveFilter(filter).getId();
    }

    /** Takes back a permission an earlier version of the application granted. */
    private static void revoke(AuthorizationService authorizations, String groupId, Resource resource,
            String resourceId, Permission permission) {
        Authorization existing = authorizations.createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId)
                .resourceType(resource).resourceId(resourceId).singleResult();
        if (existing != null && existing.isPermissionGranted(permission)) {
            existing.removePermission(permission);
            authorizations.saveAuthorization(existing);
        }
    }

    private static void grant(AuthorizationService authorizations, String groupId, Resource resource,
            String resourceId, Permission... permissions) {
        Authorization existing = authorizations.createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId)
                .resourceType(resource).resourceId(resourceId).singleResult();
        Authorization authorization = existing != null ? existing : authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizations.saveAuthorization(authorization);
    }
}
