package hu.insurer.lifeaccess.process;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * Every user task's end listener ({@code ${taskSubmissionValidator}}): checks the length of every submitted text
 * ({@link FormFieldLimits}), then runs that task's {@link SubmissionCheck} in the
 * completing transaction, so that a refusal rolls the completion back. (A task listener would do too, but the engine
 * wraps its exceptions and the agent would read "Exception while invoking TaskListener" before the message.)
 * The application does not start while a user task of either model has no check.
 */
@Component("taskSubmissionValidator")
class TaskSubmissionValidator implements ExecutionListener {

    static final String MODEL = "bpmn/security-code-issuance.bpmn";
    /** The agent's notice of how a code's sending ended (SecurityCodeSendNoticeProcess). */
    static final String NOTICE_MODEL = "bpmn/security-code-send-notice.bpmn";

    private final Map<String, SubmissionCheck> checks;
    private final FormFieldLimits limits;

    TaskSubmissionValidator(List<SubmissionCheck> checks, FormFieldLimits limits) {
        this.limits = limits;
        this.checks = checks.stream().collect(Collectors.toMap(SubmissionCheck::taskId, Function.identity()));
        for (String model : List.of(MODEL, NOTICE_MODEL)) {
            List<String> unchecked = userTaskIds(Bpmn.readModelFromStream(
                    TaskSubmissionValidator.class.getClassLoader().getResourceAsStream(model))).stream()
                    .filter(id -> !this.checks.containsKey(id)).toList();
            if (!unchecked.isEmpty()) {
                throw new IllegalStateException("User tasks of " + model + " without a submission check: " + unchecked
                        + " (add a SubmissionCheck for each)");
            }
        }
    }

    static Collection<String> userTaskIds(BpmnModelInstance model) {
        return model.getModelElementsByType(UserTask.class).stream().map(UserTask::getId).toList();
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            // an administrator deletes or modifies the case: there is no submission to check
            return;
        }
        limits.check(execution);
        SubmissionCheck check = checks.get(execution.getCurrentActivityId());
        if (check == null) {
            throw new IllegalStateException("No submission check for " + execution.getCurrentActivityId());
        }
        check.check(execution);
    }
}
