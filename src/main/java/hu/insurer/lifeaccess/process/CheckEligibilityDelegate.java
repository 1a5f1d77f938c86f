package hu.insurer.lifeaccess.process;

import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.ACCESS_CASE;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.ELIGIBLE;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.INELIGIBILITY_REASON;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.SEARCH_DOCUMENT_NUMBER;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import hu.insurer.lifeaccess.casefile.CaseFiles;
import hu.insurer.lifeaccess.customer.CustomerContracts;
import hu.insurer.lifeaccess.customer.Customer;
import hu.insurer.lifeaccess.eligibility.EligibilityCheck;
import hu.insurer.lifeaccess.eligibility.EligibilityDecision;

/**
 * Task_CheckEligibility: the eligibility rules for the customer the case record says was identified, the decision
 * recorded in the case, and the partner data the next screen shows. From here on the case keeps only the chosen
 * customer of the search results (Tasklist sends every variable to the browser, and the namesakes' data has no
 * business in the later screens), and no searched document number.
 */
@Component("checkEligibilityDelegate")
class CheckEligibilityDelegate implements JavaDelegate {

    private final CaseCustomer caseCustomer;
    private final CaseFiles caseFiles;
    private final EligibilityCheck eligibility;
    private final CustomerContracts contracts;

    CheckEligibilityDelegate(CaseCustomer caseCustomer, CaseFiles caseFiles, EligibilityCheck eligibility,
            CustomerContracts contracts) {
        this.caseCustomer = caseCustomer;
        this.caseFiles = caseFiles;
        this.eligibility = eligibility;
        this.contracts = contracts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Customer customer = CaseSteps.refusedAsFormError(() -> caseCustomer.of(execution));
        EligibilityDecision decision = eligibility.check(customer);
        CaseSteps.refusedAsFormError(() -> caseFiles.decideEligibility(execution.getProcessInstanceId(), decision));
        execution.setVariable(ELIGIBLE, decision.eligible());
        execution.setVariable(ACCESS_CASE, decision.eligible() ? decision.accessCase().name() : null);
        execution.setVariable(INELIGIBILITY_REASON, decision.ineligibilityReason());
        execution.setVariables(PartnerDataScreen.variables(customer, contracts.of(customer.id())));
        execution.setVariables(SearchResultsScreen.onlyChosen(execution, customer.id()));
        execution.removeVariable(SEARCH_DOCUMENT_NUMBER);
        if (decision.eligible()) {
            execution.setVariables(PartnerDataScreen.accessCase(decision.accessCase()));
        }
    }
}
