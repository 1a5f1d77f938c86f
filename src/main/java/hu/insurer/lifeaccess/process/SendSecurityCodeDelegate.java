package hu.insurer.lifeaccess.process;

import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.CODE_EXPIRES_AT;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.CODE_SENT_TO;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.CODE_STATUS;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.ELIGIBLE;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.SECURITY_CODE_ID;

import java.util.Date;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import hu.insurer.lifeaccess.casefile.CaseFiles;
import hu.insurer.lifeaccess.casefile.SendAuthorization;
import hu.insurer.lifeaccess.casefile.SignedFormOutdatedException;
import hu.insurer.lifeaccess.customer.Customer;
import hu.insurer.lifeaccess.eligibility.EligibilityDecision;
import hu.insurer.lifeaccess.process.ProcessConstants.Error;
import hu.insurer.lifeaccess.securitycode.IssuedCode;
import hu.insurer.lifeaccess.securitycode.SecurityCodeIssuer;
import hu.insurer.lifeaccess.securitycode.SecurityCodeStatus;

/**
 * Task_SendSecurityCode (a job): issues the code to the customer and number of the signed request form, as the case
 * record allows; the case keeps only the code's id, masked number, expiry and status. Eligibility is checked again
 * first (days may have passed). Both refusals are outcomes the model routes, not incidents: a customer no longer
 * eligible ends the case with the reason, a number changed since printing sends the agent back to print again.
 */
@Component("sendSecurityCodeDelegate")
class SendSecurityCodeDelegate implements JavaDelegate {

    private final CaseCustomer caseCustomer;
    private final CaseFiles caseFiles;
    private final EligibilityDecisionTable eligibility;
    private final SecurityCodeIssuer issuer;

    SendSecurityCodeDelegate(CaseCustomer caseCustomer, CaseFiles caseFiles, EligibilityDecisionTable eligibility,
            SecurityCodeIssuer issuer) {
        this.caseCustomer = caseCustomer;
        this.caseFiles = caseFiles;
        this.eligibility = eligibility;
        this.issuer = issuer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String processInstanceId = execution.getProcessInstanceId();
        Customer customer = caseCustomer.of(execution);
        EligibilityDecision decision = eligibility.decide(customer);
        if (!decision.eligible()) {
            caseFiles.noLongerEligible(processInstanceId, decision);
            execution.setVariable(ELIGIBLE, false);
            throw new BpmnError(Error.CUSTOMER_NOT_ELIGIBLE, decision.ineligibilityReason());
        }
        SendAuthorization send;
        try {
            send = caseFiles.authorizeSend(processInstanceId, customer.mobileNumber());
        } catch (SignedFormOutdatedException e) {
            throw new BpmnError(Error.SIGNED_FORM_OUTDATED, e.getMessage());
        }
        IssuedCode issued = issuer.issue(send.customerId(), send.accessCase().name(), processInstanceId,
                send.mobileNumber());
        caseFiles.codeSent(processInstanceId);
        execution.setVariable(SECURITY_CODE_ID, issued.securityCodeId());
        execution.setVariable(CODE_SENT_TO, issued.sentToMasked());
        execution.setVariable(CODE_EXPIRES_AT, Date.from(issued.expiresAt().toInstant()));
        execution.setVariable(CODE_STATUS, SecurityCodeStatus.ACTIVE.name());
    }
}
