package hu.insurer.lifeaccess.process;

import static hu.insurer.lifeaccess.process.ProcessConstants.Decision.BACK;
import static hu.insurer.lifeaccess.process.ProcessConstants.Decision.CONTINUE;
import static hu.insurer.lifeaccess.process.ProcessConstants.Decision.MODIFY_CUSTOMER;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import hu.insurer.lifeaccess.customer.MobileNumbers;
import hu.insurer.lifeaccess.process.ProcessConstants.Element;
import hu.insurer.lifeaccess.process.ProcessConstants.Variable;

/** "Partneradatok": on to the request form only with a mobile number the code can be sent to. */
@Component
class PartnerDataReviewCheck implements SubmissionCheck {

    private final CaseCustomer caseCustomer;

    PartnerDataReviewCheck(CaseCustomer caseCustomer) {
        this.caseCustomer = caseCustomer;
    }

    @Override
    public String taskId() {
        return Element.REVIEW_PARTNER_DATA;
    }

    @Override
    public void check(DelegateExecution submission) {
        String decision = Decisions.require(submission, Variable.REVIEW_DECISION,
                Set.of(CONTINUE, MODIFY_CUSTOMER, BACK));
        if (CONTINUE.equals(decision) && !MobileNumbers.isSendable(caseCustomer.of(submission).mobileNumber())) {
            throw new FormSubmissionException("Érvényes mobilszám nélkül a kód nem küldhető ki: "
                    + "válassza az Ügyfélmódosítást, és adja meg az ügyfél mobilszámát.");
        }
    }
}
