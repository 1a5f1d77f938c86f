package hu.insurer.lifeaccess.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import hu.insurer.lifeaccess.securitycode.SecurityCodeIssuer;

/**
 * A case that ends leaves no code to redeem or send: when the agent closed it, or an administrator deleted it, its
 * pending or active code is CANCELLED, with who ended the case. A built-in listener of the process (see
 * {@link SendingEnginePlugin}), so that deleting with "skip custom listeners" runs it too.
 */
@Component
class CaseEndClosesCode implements ExecutionListener {

    static final String SYSTEM = "system";

    private final SecurityCodeIssuer issuer;

    CaseEndClosesCode(SecurityCodeIssuer issuer) {
        this.issuer = issuer;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Authentication current = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String who = current == null || current.getUserId() == null ? SYSTEM : current.getUserId();
        issuer.cancelCodesOf(execution.getProcessInstanceId(), who);
    }
}
