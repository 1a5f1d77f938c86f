package hu.insurer.lifeaccess.process;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import hu.insurer.lifeaccess.process.ProcessConstants.Message;
import hu.insurer.lifeaccess.securitycode.CaseNotifier;

/** Delivers what happened to a code to the case waiting at the event-based gateway, in the caller's transaction. */
@Component
class CaseMessageCorrelation implements CaseNotifier {

    private final RuntimeService runtimeService;

    CaseMessageCorrelation(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @Override
    public void codeRedeemed(String processInstanceId) {
        correlate(Message.SECURITY_CODE_REDEEMED, processInstanceId);
    }

    @Override
    public void codeLocked(String processInstanceId) {
        correlate(Message.SECURITY_CODE_LOCKED, processInstanceId);
    }

    @Override
    public void codeSuperseded(String processInstanceId) {
        correlate(Message.SECURITY_CODE_SUPERSEDED, processInstanceId);
    }

    private void correlate(String message, String processInstanceId) {
        runtimeService.createMessageCorrelation(message).processInstanceId(processInstanceId).correlate();
    }
}
