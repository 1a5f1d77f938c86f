package hu.insurer.lifeaccess.process;

import static hu.insurer.lifeaccess.process.ProcessConstants.Decision.BACK;
import static hu.insurer.lifeaccess.process.ProcessConstants.Decision.SAVE;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import hu.insurer.lifeaccess.process.ProcessConstants.Element;
import hu.insurer.lifeaccess.process.ProcessConstants.Variable;

/**
 * "Ügyfélmódosítás": a new number must be given (whether it is a mobile number, the next step decides, and sends
 * the agent back with the reason).
 */
@Component
class CustomerDataCorrectionCheck implements SubmissionCheck {

    @Override
    public String taskId() {
        return Element.CORRECT_CUSTOMER_DATA;
    }

    @Override
    public void check(DelegateExecution submission) {
        String decision = Decisions.require(submission, Variable.CORRECTION_DECISION, Set.of(SAVE, BACK));
        if (SAVE.equals(decision) && CaseVariables.NEW_MOBILE_NUMBER.submitted(submission).orElse("").isBlank()) {
            throw new FormSubmissionException("Adja meg az új mobilszámot.");
        }
    }
}
