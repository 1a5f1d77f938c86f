package hu.insurer.lifeaccess.process;

import static hu.insurer.lifeaccess.process.CaseVariables.CODE_DELIVERY_STATUS;
import static hu.insurer.lifeaccess.process.CaseVariables.CODE_EXPIRES_AT;
import static hu.insurer.lifeaccess.process.CaseVariables.CODE_SENT_TO;
import static hu.insurer.lifeaccess.process.CaseVariables.CODE_STATUS;
import static hu.insurer.lifeaccess.process.CaseVariables.ELIGIBLE;
import static hu.insurer.lifeaccess.process.CaseVariables.SECURITY_CODE_ID;

import java.util.Date;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import hu.insurer.lifeaccess.casefile.CaseFiles;
import hu.insurer.lifeaccess.casefile.SignedFormOutdatedException;
import hu.insurer.lifeaccess.eligibility.EligibilityDecision;
import hu.insurer.lifeaccess.process.ProcessConstants.Error;
import hu.insurer.lifeaccess.securitycode.CaseNotifier;
import hu.insurer.lifeaccess.securitycode.CodeAcceptance;
import hu.insurer.lifeaccess.securitycode.IssuedCode;
import hu.insurer.lifeaccess.securitycode.PendingCode;
import hu.insurer.lifeaccess.securitycode.SecurityCodeStatus;
import hu.insurer.lifeaccess.sending.CodeSending;

/**
 * Task_SendSecurityCode (a job): sends the case's code in the three steps of {@link CodeSending}; a retry resumes
 * the send it finds. Before a new send the customer's eligibility is checked again (days may have passed). Both
 * refusals are outcomes the model routes, not incidents: a customer no longer eligible ends the case with the
 * reason, a number changed since printing sends the agent back to print again. The case keeps only the code's id,
 * masked number, expiry and status.
 */
@Component("sendSecurityCodeDelegate")
class SendSecurityCodeDelegate implements JavaDelegate {

    private final CaseCustomer caseCustomer;
    private final CaseFiles caseFiles;
    private final EligibilityDecisionTable eligibility;
    private final CodeSending sending;
    private final CaseNotifier cases;

    SendSecurityCodeDelegate(CaseCustomer caseCustomer, CaseFiles caseFiles, EligibilityDecisionTable eligibility,
            CodeSending sending, CaseNotifier cases) {
        this.caseCustomer = caseCustomer;
        this.caseFiles = caseFiles;
        this.eligibility = eligibility;
        this.sending = sending;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String processInstanceId = execution.getProcessInstanceId();
        PendingCode send = sending.resume(processInstanceId).orElseGet(() -> newSend(execution));
        sending.deliver(send);
        CodeAcceptance acceptance = sending.accept(send);
        acceptance.supersededCases().stream()
                .filter(other -> !other.equals(processInstanceId))
                .forEach(cases::codeSuperseded);
        IssuedCode issued = acceptance.code();
        SECURITY_CODE_ID.set(execution, issued.securityCodeId());
        CODE_SENT_TO.set(execution, issued.sentToMasked());
        CODE_EXPIRES_AT.set(execution, Date.from(issued.expiresAt().toInstant()));
        CODE_STATUS.set(execution, SecurityCodeStatus.ACTIVE.name());
        CODE_DELIVERY_STATUS.set(execution, null);
    }

    private PendingCode newSend(DelegateExecution execution) {
        String processInstanceId = execution.getProcessInstanceId();
        EligibilityDecision decision = eligibility.decide(caseCustomer.of(execution));
        if (!decision.eligible()) {
            caseFiles.noLongerEligible(processInstanceId, decision);
            ELIGIBLE.set(execution, false);
            throw new BpmnError(Error.CUSTOMER_NOT_ELIGIBLE, decision.ineligibilityReason());
        }
        try {
            return sending.prepare(processInstanceId);
        } catch (SignedFormOutdatedException e) {
            throw new BpmnError(Error.SIGNED_FORM_OUTDATED, e.getMessage());
        }
    }
}
