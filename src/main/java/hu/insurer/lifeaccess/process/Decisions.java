package hu.insurer.lifeaccess.process;

import java.util.Set;

import org.camunda.bpm.engine.delegate.VariableScope;

/** The decision fields of the forms (Tasklist has only a submit button, so each decision is a form field). */
final class Decisions {

    static String require(VariableScope submission, String variable, Set<String> allowed) {
        return require(submission, variable, allowed, "Válassza ki, hogyan folytatódjon az ügy.");
    }

    /** {@code refusal}: the Hungarian message when the field holds none of the allowed choices. */
    static String require(VariableScope submission, String variable, Set<String> allowed, String refusal) {
        Object value = submission.getVariable(variable);
        if (value == null || !allowed.contains(value.toString())) {
            throw new FormSubmissionException(refusal);
        }
        return value.toString();
    }

    private Decisions() {
    }
}
