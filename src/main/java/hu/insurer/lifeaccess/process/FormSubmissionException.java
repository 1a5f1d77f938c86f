package hu.insurer.lifeaccess.process;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A form submission the server refuses, with a Hungarian message for the agent. Thrown inside the engine's
 * transaction, it rolls the submission back: the task stays open and nothing is written. It is the engine's own
 * form validation exception, so that the REST API (and Tasklist, which shows the message) answers 400, not a
 * server error with a stack trace in the log.
 */
public class FormSubmissionException extends FormFieldValidationException {

    public FormSubmissionException(String message) {
        super(null, message);
    }
}
