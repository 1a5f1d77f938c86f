package hu.insurer.lifeaccess.process;

import static hu.insurer.lifeaccess.process.CaseVariables.CODE_STATUS;
import static hu.insurer.lifeaccess.process.CaseVariables.SECURITY_CODE_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import hu.insurer.lifeaccess.securitycode.SecurityCodeIssuer;
import hu.insurer.lifeaccess.securitycode.SecurityCodeStatus;

/** Task_ExpireSecurityCode: the validity timer fired, so the code is marked EXPIRED before the case ends. */
@Component("expireSecurityCodeDelegate")
class ExpireSecurityCodeDelegate implements JavaDelegate {

    private final SecurityCodeIssuer issuer;

    ExpireSecurityCodeDelegate(SecurityCodeIssuer issuer) {
        this.issuer = issuer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (issuer.expire(SECURITY_CODE_ID.get(execution))) {
            CODE_STATUS.set(execution, SecurityCodeStatus.EXPIRED.name());
        }
    }
}
