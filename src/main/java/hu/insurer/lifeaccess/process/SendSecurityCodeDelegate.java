package hu.insurer.lifeaccess.process;

import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.CODE_EXPIRES_AT;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.CODE_SENT_TO;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.CODE_STATUS;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.SECURITY_CODE_ID;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import hu.insurer.lifeaccess.customer.Customer;
import hu.insurer.lifeaccess.eligibility.EligibilityCheck;
import hu.insurer.lifeaccess.eligibility.EligibilityDecision;
import hu.insurer.lifeaccess.securitycode.IssuedCode;
import hu.insurer.lifeaccess.securitycode.SecurityCodeIssuer;
import hu.insurer.lifeaccess.securitycode.SecurityCodeStatus;

/**
 * Task_SendSecurityCode (a job): issues the code and sends it; the case keeps only its id, masked number, expiry
 * and status. Eligibility is checked again first: days may have passed since the check, and a code must never reach a
 * customer who may not have one.
 */
@Component("sendSecurityCodeDelegate")
class SendSecurityCodeDelegate implements JavaDelegate {

    private final CaseCustomer caseCustomer;
    private final EligibilityCheck eligibility;
    private final SecurityCodeIssuer issuer;

    SendSecurityCodeDelegate(CaseCustomer caseCustomer, EligibilityCheck eligibility, SecurityCodeIssuer issuer) {
        this.caseCustomer = caseCustomer;
        this.eligibility = eligibility;
        this.issuer = issuer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Customer customer = caseCustomer.of(execution);
        EligibilityDecision decision = eligibility.check(customer);
        if (!decision.eligible()) {
            throw new IllegalStateException("Customer " + customer.id() + " is no longer eligible for a security code: "
                    + decision.ineligibilityReason());
        }
        IssuedCode issued = issuer.issue(customer.id(), decision.accessCase().name(),
                execution.getProcessInstanceId(), customer.mobileNumber());
        execution.setVariable(SECURITY_CODE_ID, issued.securityCodeId());
        execution.setVariable(CODE_SENT_TO, issued.sentToMasked());
        execution.setVariable(CODE_EXPIRES_AT, Date.from(issued.expiresAt().toInstant()));
        execution.setVariable(CODE_STATUS, SecurityCodeStatus.ACTIVE.name());
    }
}
