package hu.insurer.lifeaccess.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import hu.insurer.lifeaccess.casefile.CaseFiles;

/**
 * {@code camunda:assignee="${caseAssignee.of(execution)}"}: a case's tasks belong to the agent who has the case
 * (who started it, unless a supervisor handed it over), not to the whole group.
 */
@Component("caseAssignee")
public class CaseAssignee {

    private final CaseFiles caseFiles;

    CaseAssignee(CaseFiles caseFiles) {
        this.caseFiles = caseFiles;
    }

    public String of(DelegateExecution execution) {
        return caseFiles.find(execution.getProcessInstanceId())
                .orElseThrow(() -> new IllegalStateException("Case record missing for process instance "
                        + execution.getProcessInstanceId()))
                .ownerId();
    }
}
