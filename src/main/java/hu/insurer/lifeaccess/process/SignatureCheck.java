package hu.insurer.lifeaccess.process;

import static hu.insurer.lifeaccess.process.ProcessConstants.Decision.BACK;
import static hu.insurer.lifeaccess.process.ProcessConstants.Decision.SIGNED;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import hu.insurer.lifeaccess.casefile.CaseFiles;
import hu.insurer.lifeaccess.process.ProcessConstants.Element;
import hu.insurer.lifeaccess.process.ProcessConstants.Variable;

/** "Aláírva – Kód küldése": the customer signed the form printed in this case; the case record keeps who confirmed it. */
@Component
class SignatureCheck implements SubmissionCheck {

    private final CaseFiles caseFiles;
    private final CurrentAgent agent;

    SignatureCheck(CaseFiles caseFiles, CurrentAgent agent) {
        this.caseFiles = caseFiles;
        this.agent = agent;
    }

    @Override
    public String taskId() {
        return Element.COLLECT_SIGNATURE;
    }

    @Override
    public void check(DelegateExecution submission) {
        String decision = Decisions.require(submission, Variable.SIGNATURE_DECISION, Set.of(SIGNED, BACK));
        if (!SIGNED.equals(decision)) {
            return;
        }
        if (!CaseVariables.SIGNATURE_CONFIRMED.submitted(submission).orElse(false)) {
            throw new FormSubmissionException("Erősítse meg, hogy az ügyfél aláírta az igénylő nyomtatványt.");
        }
        CaseSteps.refusedAsFormError(() -> caseFiles.sign(submission.getProcessInstanceId(), agent.userId(submission)));
        submission.removeVariable(Variable.REQUEST_FORM_NOTICE);
    }
}
