package hu.insurer.lifeaccess.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The server-side check of one user task's form submission (Tasklist validates only in the browser), next to its
 * form. A refusal throws {@link FormSubmissionException}: the engine answers 400 with the Hungarian message, the task
 * stays open and nothing is written. {@link TaskSubmissionValidator} finds the check by the task's id and refuses to
 * start when a user task of the model has none.
 */
interface SubmissionCheck {

    /** The user task whose submissions this checks. */
    String taskId();

    void check(DelegateExecution submission);
}
