package hu.insurer.lifeaccess.process;

import java.util.function.Supplier;

import hu.insurer.lifeaccess.casefile.CaseStepRefusedException;

/** A step the case record refuses, inside an agent's submission, is a refused submission: 400 with its reason. */
final class CaseSteps {

    static <T> T refusedAsFormError(Supplier<T> step) {
        try {
            return step.get();
        } catch (CaseStepRefusedException e) {
            throw new FormSubmissionException(e.getMessage());
        }
    }

    static void refusedAsFormError(Runnable step) {
        refusedAsFormError(() -> {
            step.run();
            return null;
        });
    }

    private CaseSteps() {
    }
}
