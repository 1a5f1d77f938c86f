package hu.insurer.lifeaccess.process.guard;

import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentResourceCmd;
import org.camunda.bpm.engine.impl.cmd.GetStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormCmd;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;

/**
 * What the guard reads before it decides, each in a command of its own (run further down the chain, so not checked
 * again) and without the caller's authorizations: a supervisor may reassign a task without reading its agent's user.
 */
final class CaseLookups {

    /** A task as the guard needs it; the form's field keys only where asked for. */
    record TaskFacts(String assignee, String processDefinitionKey, Form form) {
    }

    /** A Camunda Form by its key and the variables it submits (empty where the task or start event has none). */
    record Form(String key, Set<String> fieldKeys) {

        static final Form NONE = new Form("(nincs űrlap)", Set.of());
    }

    /** Field keys of each deployed form definition (a definition never changes; a new version has a new id). */
    private final Map<String, Set<String>> fieldKeysByFormDefinition = new ConcurrentHashMap<>();

    /** The task, or null where it does not exist (the command itself then answers as the engine does). */
    Command<TaskFacts> task(String taskId, boolean withForm) {
        return context -> {
            TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
            if (task == null) {
                return null;
            }
            String processDefinitionKey = task.getProcessDefinitionId() == null ? null
                    : definition(context, task.getProcessDefinitionId()).getKey();
            Form form = withForm && task.getTaskDefinition() != null
                    ? form(context, context.runWithoutAuthorization(new GetTaskFormCmd(taskId)))
                    : Form.NONE;
            return new TaskFacts(task.getAssignee(), processDefinitionKey, form);
        };
    }

    /** The start form of the process definition with this id, or of the latest version of this key. */
    Command<Form> startForm(String processDefinitionId, String processDefinitionKey) {
        return context -> {
            String id = processDefinitionId != null ? processDefinitionId
                    : context.getProcessEngineConfiguration().getDeploymentCache()
                            .findDeployedLatestProcessDefinitionByKey(processDefinitionKey).getId();
            return form(context, context.runWithoutAuthorization(new GetStartFormCmd(id)));
        };
    }

    /** The key of the process definition with this id, or this key where no id is given. */
    Command<String> processKey(String processDefinitionId, String processDefinitionKey) {
        return context -> processDefinitionId == null ? processDefinitionKey
                : definition(context, processDefinitionId).getKey();
    }

    Command<Boolean> isMember(String userId, String groupId) {
        return context -> context.runWithoutAuthorization(() -> {
            ReadOnlyIdentityProvider identity = context.getReadOnlyIdentityProvider();
            return identity.createUserQuery(context).userId(userId).memberOfGroup(groupId).count() > 0;
        });
    }

    private Form form(CommandContext context, FormData formData) {
        CamundaFormRef ref = formData == null ? null : formData.getCamundaFormRef();
        if (ref == null || ref.getKey() == null) {
            return Form.NONE;
        }
        CamundaFormDefinition definition = context.runWithoutAuthorization(
                new GetCamundaFormDefinitionCmd(ref, formData.getDeploymentId()));
        if (definition == null) {
            return new Form(ref.getKey(), Set.of());
        }
        Set<String> keys = fieldKeysByFormDefinition.computeIfAbsent(definition.getId(), id -> {
            InputStream json = context.runWithoutAuthorization(
                    new GetDeploymentResourceCmd(definition.getDeploymentId(), definition.getResourceName()));
            return FormFieldKeys.of(json);
        });
        return new Form(ref.getKey(), keys);
    }

    private static ProcessDefinitionEntity definition(CommandContext context, String processDefinitionId) {
        return context.getProcessEngineConfiguration().getDeploymentCache()
                .findDeployedProcessDefinitionById(processDefinitionId);
    }
}
