package hu.insurer.lifeaccess.process.guard;

import java.util.Set;

import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.AuthorizationCheckCmd;
import org.camunda.bpm.engine.impl.cmd.CheckPassword;
import org.camunda.bpm.engine.impl.cmd.CreateGroupQueryCmd;
import org.camunda.bpm.engine.impl.cmd.CreateTenantQueryCmd;
import org.camunda.bpm.engine.impl.cmd.CreateUserQueryCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterCountCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterListCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterListPageCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterSingleResultCmd;
import org.camunda.bpm.engine.impl.cmd.FindActiveActivityIdsCmd;
import org.camunda.bpm.engine.impl.cmd.GetActivityInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeployedProcessDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentBpmnModelInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentProcessDiagramCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentProcessDiagramLayoutCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentProcessModelCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentResourceCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentResourceForIdCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentResourceNamesCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentResourcesCmd;
import org.camunda.bpm.engine.impl.cmd.GetExecutionVariableCmd;
import org.camunda.bpm.engine.impl.cmd.GetExecutionVariableTypedCmd;
import org.camunda.bpm.engine.impl.cmd.GetExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.GetFilterCmd;
import org.camunda.bpm.engine.impl.cmd.GetFormKeyCmd;
import org.camunda.bpm.engine.impl.cmd.GetIdentityLinksForProcessDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetIdentityLinksForTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetPasswordPolicyCmd;
import org.camunda.bpm.engine.impl.cmd.GetProcessApplicationForDeploymentCmd;
import org.camunda.bpm.engine.impl.cmd.GetProcessInstanceCommentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetRenderedStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetRenderedTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetStartFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.GetStaticCalledProcessDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetSubTasksCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskEventsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmdTyped;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.GetUserInfoCmd;
import org.camunda.bpm.engine.impl.cmd.GetUserInfoKeysCmd;
import org.camunda.bpm.engine.impl.cmd.GetUserPictureCmd;
import org.camunda.bpm.engine.impl.cmd.IsIdentityServiceReadOnlyCmd;
import org.camunda.bpm.engine.impl.dmn.cmd.GetDeploymentDecisionDefinitionCmd;
import org.camunda.bpm.engine.impl.dmn.cmd.GetDeploymentDecisionDiagramCmd;
import org.camunda.bpm.engine.impl.dmn.cmd.GetDeploymentDecisionModelCmd;
import org.camunda.bpm.engine.impl.dmn.cmd.GetDeploymentDecisionRequirementsDefinitionCmd;
import org.camunda.bpm.engine.impl.dmn.cmd.GetDeploymentDecisionRequirementsDiagramCmd;
import org.camunda.bpm.engine.impl.dmn.cmd.GetDeploymentDecisionRequirementsModelCmd;
import org.camunda.bpm.engine.impl.dmn.cmd.GetDeploymentDmnModelInstanceCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.query.Query;
import org.camunda.bpm.engine.query.Report;
import org.camunda.bpm.engine.task.TaskReport;

/**
 * The reading commands staff use, subject to the engine's authorizations as usual: every query and report (a query
 * is its own command), and what Tasklist and Cockpit read besides: forms and their variables, variables, the
 * model and diagram, activity instances, identity links, comments, filters, the user's own profile and password
 * check (login), authorization checks. None of them writes anything but the engine's bookkeeping.
 */
final class ReadCommands {

    private static final Set<Class<?>> READING = Set.of(
            // forms, as Tasklist opens a task or the start dialog
            GetTaskFormCmd.class, GetDeployedTaskFormCmd.class, GetRenderedTaskFormCmd.class,
            GetTaskFormVariablesCmd.class, GetStartFormCmd.class, GetDeployedStartFormCmd.class,
            GetRenderedStartFormCmd.class, GetStartFormVariablesCmd.class, GetFormKeyCmd.class,
            GetCamundaFormDefinitionCmd.class,
            // variables (the request form's download is a task variable)
            GetTaskVariableCmd.class, GetTaskVariableCmdTyped.class, GetTaskVariablesCmd.class,
            GetExecutionVariableCmd.class, GetExecutionVariableTypedCmd.class, GetExecutionVariablesCmd.class,
            // the task's people, comments and history tab
            GetIdentityLinksForTaskCmd.class, GetTaskCommentsCmd.class, GetTaskCommentCmd.class,
            GetTaskEventsCmd.class, GetProcessInstanceCommentsCmd.class, GetSubTasksCmd.class,
            // the model, its diagram and where a case stands (Tasklist's diagram tab, Cockpit)
            GetDeployedProcessDefinitionCmd.class, GetDeploymentProcessModelCmd.class,
            GetDeploymentBpmnModelInstanceCmd.class, GetDeploymentProcessDiagramCmd.class,
            GetDeploymentProcessDiagramLayoutCmd.class, GetDeploymentResourceCmd.class,
            GetDeploymentResourceForIdCmd.class, GetDeploymentResourceNamesCmd.class,
            GetDeploymentResourcesCmd.class, GetProcessApplicationForDeploymentCmd.class,
            GetStaticCalledProcessDefinitionCmd.class, GetIdentityLinksForProcessDefinitionCmd.class,
            GetActivityInstanceCmd.class, FindActiveActivityIdsCmd.class,
            // decision models an auditor may open in Cockpit
            GetDeploymentDecisionDefinitionCmd.class, GetDeploymentDecisionModelCmd.class,
            GetDeploymentDecisionDiagramCmd.class, GetDeploymentDmnModelInstanceCmd.class,
            GetDeploymentDecisionRequirementsDefinitionCmd.class, GetDeploymentDecisionRequirementsModelCmd.class,
            GetDeploymentDecisionRequirementsDiagramCmd.class,
            // Tasklist's filters
            GetFilterCmd.class, ExecuteFilterListCmd.class, ExecuteFilterListPageCmd.class,
            ExecuteFilterCountCmd.class, ExecuteFilterSingleResultCmd.class,
            // login, the user's profile and what the webapps may show them
            CheckPassword.class, GetPasswordPolicyCmd.class, IsIdentityServiceReadOnlyCmd.class,
            GetUserInfoCmd.class, GetUserInfoKeysCmd.class, GetUserPictureCmd.class, CreateUserQueryCmd.class,
            CreateGroupQueryCmd.class, CreateTenantQueryCmd.class, AuthorizationCheckCmd.class);

    static boolean isReading(Command<?> command) {
        return command instanceof Query<?, ?> || command instanceof Report || command instanceof TaskReport
                || READING.contains(command.getClass());
    }

    private ReadCommands() {
    }
}
