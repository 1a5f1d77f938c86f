package hu.insurer.lifeaccess.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import hu.insurer.lifeaccess.eligibility.EligibilityCheck;
import hu.insurer.lifeaccess.eligibility.EligibilityTable;

/**
 * Task_GatherEligibilityFacts: the facts the eligibility table reads, of the customer the case record says was
 * identified, as the variables Task_DecideEligibility evaluates the table against. They are written over whatever a
 * form submission may have sent under the same names, in the transaction that then decides.
 */
@Component("gatherEligibilityFactsDelegate")
class GatherEligibilityFactsDelegate implements JavaDelegate {

    private final CaseCustomer caseCustomer;
    private final EligibilityCheck eligibility;

    GatherEligibilityFactsDelegate(CaseCustomer caseCustomer, EligibilityCheck eligibility) {
        this.caseCustomer = caseCustomer;
        this.eligibility = eligibility;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var customer = CaseSteps.refusedAsFormError(() -> caseCustomer.of(execution));
        execution.setVariables(EligibilityTable.inputs(eligibility.facts(customer)));
    }
}
