package hu.insurer.lifeaccess.process;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A form submission the server refuses, with a Hungarian message for the agent. Thrown inside the engine's
 * transaction, it rolls the submission back: the task stays open and nothing is written. The REST API answers
 * 400 and Tasklist shows the message.
 */
public class FormSubmissionException extends BadUserRequestException {

    public FormSubmissionException(String message) {
        super(message);
    }
}
