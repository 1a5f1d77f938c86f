package hu.insurer.lifeaccess.process;

import static hu.insurer.lifeaccess.process.CaseVariables.CORRECTION_ERROR;
import static hu.insurer.lifeaccess.process.CaseVariables.MOBILE_NUMBER_ACCEPTED;
import static hu.insurer.lifeaccess.process.CaseVariables.NEW_MOBILE_NUMBER;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.CUSTOMER_DATA_CHANGES;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import hu.insurer.lifeaccess.casefile.CaseFiles;
import hu.insurer.lifeaccess.customer.CustomerDataCorrection;
import hu.insurer.lifeaccess.customer.MobileNumberChange;

/**
 * Task_UpdateCustomerData: saves the corrected mobile number of the case's identified customer, or sends the agent
 * back with the reason; a real change is also appended to the case's {@code customerDataChanges} for the audit
 * trail, and a request form printed before it must be printed again.
 */
@Component("updateCustomerDataDelegate")
class UpdateCustomerDataDelegate implements JavaDelegate {

    private final CustomerDataCorrection correction;
    private final CaseFiles caseFiles;
    private final CurrentAgent agent;

    UpdateCustomerDataDelegate(CustomerDataCorrection correction, CaseFiles caseFiles, CurrentAgent agent) {
        this.correction = correction;
        this.caseFiles = caseFiles;
        this.agent = agent;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String processInstanceId = execution.getProcessInstanceId();
        String changedBy = agent.userId(execution);
        long customerId = CaseSteps.refusedAsFormError(() -> caseFiles.customerForDataChange(processInstanceId,
                changedBy));
        String input = NEW_MOBILE_NUMBER.submitted(execution).orElse("");
        MobileNumberChange change = correction.changeMobileNumber(customerId, input, changedBy, processInstanceId);
        MOBILE_NUMBER_ACCEPTED.set(execution, change.accepted());
        CORRECTION_ERROR.set(execution, change.refusal());
        if (change.accepted()) {
            execution.setVariables(PartnerDataScreen.mobileNumber(change.mobileNumber()));
        }
        change.change().ifPresent(recorded -> {
            caseFiles.customerDataChanged(processInstanceId);
            execution.setVariable(CUSTOMER_DATA_CHANGES,
                    CustomerDataChanges.append(execution.getVariableTyped(CUSTOMER_DATA_CHANGES), recorded));
        });
    }
}
