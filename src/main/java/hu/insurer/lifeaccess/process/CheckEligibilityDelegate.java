package hu.insurer.lifeaccess.process;

import static hu.insurer.lifeaccess.process.CaseVariables.ACCESS_CASE;
import static hu.insurer.lifeaccess.process.CaseVariables.ELIGIBILITY_RESULT;
import static hu.insurer.lifeaccess.process.CaseVariables.ELIGIBLE;
import static hu.insurer.lifeaccess.process.CaseVariables.INELIGIBILITY_REASON;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.SEARCH_DOCUMENT_NUMBER;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import hu.insurer.lifeaccess.casefile.CaseFiles;
import hu.insurer.lifeaccess.customer.CustomerContracts;
import hu.insurer.lifeaccess.customer.Customer;
import hu.insurer.lifeaccess.eligibility.EligibilityDecision;
import hu.insurer.lifeaccess.eligibility.EligibilityTable;

/**
 * Task_CheckEligibility: the decision of the eligibility table (Task_DecideEligibility, just before it in the same
 * transaction) for the customer the case record says was identified, recorded in the case, and the partner data the
 * next screen shows. From here on the case keeps only the chosen
 * customer of the search results (Tasklist sends every variable to the browser, and the namesakes' data has no
 * business in the later screens), and no searched document number.
 */
@Component("checkEligibilityDelegate")
class CheckEligibilityDelegate implements JavaDelegate {

    private final CaseCustomer caseCustomer;
    private final CaseFiles caseFiles;
    private final CustomerContracts contracts;

    CheckEligibilityDelegate(CaseCustomer caseCustomer, CaseFiles caseFiles, CustomerContracts contracts) {
        this.caseCustomer = caseCustomer;
        this.caseFiles = caseFiles;
        this.contracts = contracts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Customer customer = CaseSteps.refusedAsFormError(() -> caseCustomer.of(execution));
        EligibilityDecision decision = EligibilityTable.decision(ELIGIBILITY_RESULT.get(execution));
        // the table's raw answer is in the decision's history; the case keeps what it means
        ELIGIBILITY_RESULT.remove(execution);
        CaseSteps.refusedAsFormError(() -> caseFiles.decideEligibility(execution.getProcessInstanceId(), decision));
        ELIGIBLE.set(execution, decision.eligible());
        ACCESS_CASE.set(execution, decision.eligible() ? decision.accessCase().name() : null);
        INELIGIBILITY_REASON.set(execution, decision.ineligibilityReason());
        execution.setVariables(PartnerDataScreen.variables(customer, contracts.of(customer.id())));
        execution.setVariables(SearchResultsScreen.onlyChosen(execution, customer.id()));
        execution.removeVariable(SEARCH_DOCUMENT_NUMBER);
        if (decision.eligible()) {
            execution.setVariables(PartnerDataScreen.accessCase(decision.accessCase()));
        }
    }
}
