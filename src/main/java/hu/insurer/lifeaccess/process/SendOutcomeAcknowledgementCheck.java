package hu.insurer.lifeaccess.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import hu.insurer.lifeaccess.process.SendNoticeConstants.Element;
import hu.insurer.lifeaccess.process.SendNoticeConstants.Variable;

/** "Kódküldés eredményének tudomásulvétele": the agent acknowledged how the sending of the code ended. */
@Component
class SendOutcomeAcknowledgementCheck implements SubmissionCheck {

    @Override
    public String taskId() {
        return Element.ACKNOWLEDGE_SEND_OUTCOME;
    }

    @Override
    public void check(DelegateExecution submission) {
        if (!Boolean.TRUE.equals(submission.getVariable(Variable.SEND_OUTCOME_ACKNOWLEDGED))) {
            throw new FormSubmissionException("Jelölje be, hogy a kódküldés eredményét tudomásul vette.");
        }
    }
}
