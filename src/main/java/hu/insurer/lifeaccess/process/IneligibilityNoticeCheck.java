package hu.insurer.lifeaccess.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import hu.insurer.lifeaccess.process.ProcessConstants.Element;

/** "Elutasítás okának tudomásulvétele": the agent acknowledged why the customer gets no code. */
@Component
class IneligibilityNoticeCheck implements SubmissionCheck {

    @Override
    public String taskId() {
        return Element.ACKNOWLEDGE_INELIGIBILITY;
    }

    @Override
    public void check(DelegateExecution submission) {
        if (!CaseVariables.INELIGIBILITY_ACKNOWLEDGED.submitted(submission).orElse(false)) {
            throw new FormSubmissionException("Jelölje be, hogy az elutasítás okát tudomásul vette.");
        }
    }
}
