package hu.insurer.lifeaccess.process;

import static hu.insurer.lifeaccess.security.Authorizations.grant;
import static hu.insurer.lifeaccess.security.Authorizations.revoke;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import hu.insurer.lifeaccess.security.CamundaGroups;

/**
 * The groups' grants on this process and their Tasklist filters, in every profile (the grants that do not depend on
 * the model are {@code security/AccessSetup}'s). Idempotent: runs at every start and only adds what is missing.
 */
@Component
public class CaseAccessSetup extends AbstractCamundaConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(CaseAccessSetup.class);

    public static final String AGENTS_FILTER_NAME = "Saját ügyeim feladatai";
    private static final String FORMER_AGENTS_FILTER_NAME = "Csoportom feladatai";
    public static final String SUPERVISORS_FILTER_NAME = "Minden nyitott ügy (csoportvezető)";

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        AuthorizationService authorizations = engine.getAuthorizationService();
        grantAgents(authorizations, agentsFilter(engine.getFilterService(), engine.getTaskService().createTaskQuery()));
        grantSupervisors(authorizations, supervisorsFilter(engine.getFilterService(),
                engine.getTaskService().createTaskQuery()));
        LOG.info("The process's authorizations and the Tasklist filters are in place");
    }

    private void grantAgents(AuthorizationService authorizations, String filterId) {
        String agents = CamundaGroups.AGENTS;
        // no READ_INSTANCE: an agent reads only the cases they started (a grant per case, see CaseAccess)
        grant(authorizations, agents, Resources.PROCESS_DEFINITION, ProcessConstants.PROCESS_KEY,
                ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
        revoke(authorizations, agents, Resources.PROCESS_DEFINITION, ProcessConstants.PROCESS_KEY,
                ProcessDefinitionPermissions.READ_INSTANCE);
        // the notice of a code's sending (a task of the agent's, in their filter): its name; only the application starts it
        grant(authorizations, agents, Resources.PROCESS_DEFINITION, SendNoticeConstants.PROCESS_KEY,
                ProcessDefinitionPermissions.READ);
        grant(authorizations, agents, Resources.FILTER, filterId, Permissions.READ);
    }

    /** Supervisors see every open task of the process and may hand a case to another agent, not work it. */
    private void grantSupervisors(AuthorizationService authorizations, String filterId) {
        String supervisors = CamundaGroups.SUPERVISORS;
        grant(authorizations, supervisors, Resources.PROCESS_DEFINITION, ProcessConstants.PROCESS_KEY,
                ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.TASK_ASSIGN);
        grant(authorizations, supervisors, Resources.FILTER, filterId, Permissions.READ);
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
}
