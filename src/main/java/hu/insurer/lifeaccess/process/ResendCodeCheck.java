package hu.insurer.lifeaccess.process;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import hu.insurer.lifeaccess.process.ProcessConstants.Decision;
import hu.insurer.lifeaccess.process.ProcessConstants.Element;
import hu.insurer.lifeaccess.process.ProcessConstants.Variable;
import hu.insurer.lifeaccess.securitycode.SecurityCodeStatus;
import hu.insurer.lifeaccess.sending.CodeSending;

/**
 * "Új kód küldése": the agent sends a new code or closes the case; nothing else is a choice. A new send withdraws
 * the case's code at once (CodeSending.resendRequested), in the agent's transaction: no old code works while the new
 * one is on its way.
 */
@Component
class ResendCodeCheck implements SubmissionCheck {

    private static final Set<String> CHOICES = Set.of(Decision.RESEND, Decision.CANCEL);

    private final CodeSending sending;

    ResendCodeCheck(CodeSending sending) {
        this.sending = sending;
    }

    @Override
    public String taskId() {
        return Element.RESEND_SECURITY_CODE;
    }

    @Override
    public void check(DelegateExecution submission) {
        String decision = Decisions.require(submission, Variable.RESEND_DECISION, CHOICES,
                "Válassza ki, hogy új kódot küld, vagy lezárja az ügyet.");
        if (Decision.RESEND.equals(decision)) {
            sending.resendRequested(submission.getProcessInstanceId());
            CaseVariables.CODE_STATUS.set(submission, SecurityCodeStatus.SUPERSEDED.name());
        }
    }
}
