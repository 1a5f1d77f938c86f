package hu.insurer.lifeaccess.process;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import hu.insurer.lifeaccess.process.ProcessConstants.Decision;
import hu.insurer.lifeaccess.process.ProcessConstants.Element;

/** "Új kód küldése": the agent sends a new code or closes the case; nothing else is a choice. */
@Component
class ResendCodeCheck implements SubmissionCheck {

    private static final Set<String> CHOICES = Set.of(Decision.RESEND, Decision.CANCEL);

    @Override
    public String taskId() {
        return Element.RESEND_SECURITY_CODE;
    }

    @Override
    public void check(DelegateExecution submission) {
        if (!CaseVariables.RESEND_DECISION.submitted(submission).filter(CHOICES::contains).isPresent()) {
            throw new FormSubmissionException("Válassza ki, hogy új kódot küld, vagy lezárja az ügyet.");
        }
    }
}
