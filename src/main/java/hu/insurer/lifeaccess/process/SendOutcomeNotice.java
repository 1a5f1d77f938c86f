package hu.insurer.lifeaccess.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** PLACEHOLDER while the notice branch is built; replaced by its class at the merge. */
@Component("sendOutcomeNotice")
class SendOutcomeNotice implements JavaDelegate {

    @Override
    public void execute(DelegateExecution caseExecution) {
    }

    public void codeNotSent(String caseProcessInstanceId, String problemHu) {
    }
}
