package hu.insurer.lifeaccess.process.guard;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

import hu.insurer.lifeaccess.process.ProcessConstants;
import hu.insurer.lifeaccess.process.guard.CaseLookups.Form;
import hu.insurer.lifeaccess.process.guard.CaseLookups.TaskFacts;
import hu.insurer.lifeaccess.security.CamundaGroups;

/**
 * The allow-list of what an authenticated non-administrator may ask the engine to do; everything else is refused.
 * <ul>
 * <li>read (queries, forms, variables, models: {@link ReadCommands}), as their authorizations allow;</li>
 * <li>start a case (SecurityCodeIssuanceProcess, no other process) at its start event with only the start form's
 * fields (Tasklist's start form, or a plain start with the same variables), never with a business key of their
 * choosing;</li>
 * <li>submit or complete a task assigned to them, with only the fields of that task's Camunda Form;</li>
 * <li>a supervisor: hand a task of this process to an agent (set its assignee; the engine logs the assignment);</li>
 * <li>save their own user (profile and password in the webapps).</li>
 * </ul>
 * Not allowed, among others: comments and attachments (no screen of the agents' uses them: Tasklist's comment
 * needs the task's history, which agents do not read; an attachment could pass for the signed form), due or
 * follow-up dates and other task edits (saving a task may also change its assignee), standalone tasks, filters.
 */
final class StaffCommands {

    private final CaseLookups lookups;

    StaffCommands(CaseLookups lookups) {
        this.lookups = lookups;
    }

    /** Empty where the command may run; {@code engine} runs the guard's own look-ups. */
    Optional<Refusal> check(Command<?> command, Caller caller, CommandExecutor engine) {
        if (ReadCommands.isReading(command)) {
            return Optional.empty();
        }
        if (command instanceof SubmitTaskFormCmd || command instanceof CompleteTaskCmd) {
            String variablesField = command instanceof SubmitTaskFormCmd ? "properties" : "variables";
            return taskSubmission(CommandFields.read(command, "taskId", String.class),
                    CommandFields.read(command, variablesField, Map.class), caller, engine);
        }
        if (command instanceof SubmitStartFormCmd) {
            return startFormSubmission(CommandFields.read(command, "processDefinitionId", String.class),
                    CommandFields.read(command, "businessKey", String.class),
                    CommandFields.read(command, "variables", Map.class), engine);
        }
        if (command instanceof StartProcessInstanceCmd) {
            return start(CommandFields.read(command, "instantiationBuilder", ProcessInstantiationBuilderImpl.class),
                    engine);
        }
        if (command instanceof AssignTaskCmd) {
            return assignment(CommandFields.read(command, "taskId", String.class),
                    CommandFields.read(command, "userId", String.class), caller, engine);
        }
        if (command instanceof SaveUserCmd) {
            User user = CommandFields.read(command, "user", User.class);
            return user != null && caller.userId().equals(user.getId()) ? Optional.empty()
                    : Optional.of(ClosedDoor.OTHER.refusal("saving another user"));
        }
        return Optional.of(ClosedDoor.of(command).refusal());
    }

    private Optional<Refusal> taskSubmission(String taskId, Map<?, ?> variables, Caller caller,
            CommandExecutor engine) {
        TaskFacts task = engine.execute(lookups.task(taskId, true));
        if (task == null) {
            return Optional.empty();
        }
        if (!caller.userId().equals(task.assignee())) {
            return Optional.of(Refusal.closedDoor("submitting a task assigned to " + describe(task.assignee()),
                    "Ez a feladat nem Önhöz tartozik: csak az végezheti el, akihez a feladat ki van osztva."));
        }
        return fieldsOnly(variables, task.form(), "task");
    }

    private Optional<Refusal> startFormSubmission(String processDefinitionId, String businessKey,
            Map<?, ?> variables, CommandExecutor engine) {
        if (!isCase(processDefinitionId, null, engine)) {
            return Optional.of(ClosedDoor.APPLICATION_PROCESS.refusal());
        }
        if (businessKey != null) {
            return Optional.of(businessKeyRefusal());
        }
        return fieldsOnly(variables, engine.execute(lookups.startForm(processDefinitionId, null)), "start form");
    }

    private Optional<Refusal> start(ProcessInstantiationBuilderImpl start, CommandExecutor engine) {
        if (!isCase(start.getProcessDefinitionId(), start.getProcessDefinitionKey(), engine)) {
            return Optional.of(ClosedDoor.APPLICATION_PROCESS.refusal());
        }
        if (!start.getModificationBuilder().getModificationOperations().isEmpty()) {
            return Optional.of(ClosedDoor.START_ELSEWHERE.refusal());
        }
        if (start.getBusinessKey() != null || start.getCaseInstanceId() != null) {
            return Optional.of(businessKeyRefusal());
        }
        Form form = engine.execute(lookups.startForm(start.getProcessDefinitionId(), start.getProcessDefinitionKey()));
        Set<String> extra = extraFields(start.getVariables(), form);
        // engine-rest answers any engine exception of a plain start with 500, so this refusal is a closed door
        return extra.isEmpty() ? Optional.empty()
                : Optional.of(Refusal.closedDoor("start variables not in form " + form.key() + ": " + extra,
                        notInForm(extra)));
    }

    /** Staff start cases only; the application starts its other processes itself. */
    private boolean isCase(String processDefinitionId, String processDefinitionKey, CommandExecutor engine) {
        return ProcessConstants.PROCESS_KEY.equals(
                engine.execute(lookups.processKey(processDefinitionId, processDefinitionKey)));
    }

    private Optional<Refusal> assignment(String taskId, String newAssignee, Caller caller, CommandExecutor engine) {
        if (!caller.isMemberOf(CamundaGroups.SUPERVISORS)) {
            return Optional.of(ClosedDoor.ASSIGNMENT.refusal("by a non-supervisor"));
        }
        TaskFacts task = engine.execute(lookups.task(taskId, false));
        if (task == null) {
            return Optional.empty();
        }
        if (!ProcessConstants.PROCESS_KEY.equals(task.processDefinitionKey())) {
            return Optional.of(ClosedDoor.ASSIGNMENT.refusal("a task of another process"));
        }
        if (newAssignee == null || !engine.execute(lookups.isMember(newAssignee, CamundaGroups.AGENTS))) {
            return Optional.of(ClosedDoor.ASSIGNMENT.refusal("to " + describe(newAssignee) + ", not an agent"));
        }
        return Optional.empty();
    }

    private static Optional<Refusal> fieldsOnly(Map<?, ?> variables, Form form, String what) {
        Set<String> extra = extraFields(variables, form);
        return extra.isEmpty() ? Optional.empty()
                : Optional.of(Refusal.badSubmission(what + " variables not in form " + form.key() + ": " + extra,
                        notInForm(extra)));
    }

    private static Set<String> extraFields(Map<?, ?> variables, Form form) {
        Set<String> extra = new TreeSet<>();
        if (variables != null) {
            variables.keySet().forEach(name -> extra.add(String.valueOf(name)));
        }
        extra.removeAll(form.fieldKeys());
        return extra;
    }

    private static String notInForm(Set<String> extra) {
        return "Az űrlapon nincs ilyen mező: " + String.join(", ", extra)
                + ". Csak az űrlap mezői küldhetők be; az ügy többi adatát a rendszer állítja be.";
    }

    private static Refusal businessKeyRefusal() {
        return Refusal.closedDoor("choosing the business key",
                "Az ügy azonosítóját a rendszer adja; indításkor nem adható meg.");
    }

    private static String describe(String userId) {
        return userId == null ? "nobody" : userId;
    }
}
