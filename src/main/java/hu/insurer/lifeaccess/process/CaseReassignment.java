package hu.insurer.lifeaccess.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import hu.insurer.lifeaccess.casefile.CaseFile;
import hu.insurer.lifeaccess.casefile.CaseFiles;

/**
 * A user task's assignment listener: when a supervisor gives a case's task to another agent, the case goes with it
 * (its later tasks and its reading right are the new agent's). The engine's operation log records who did it.
 */
@Component("caseReassignment")
class CaseReassignment implements TaskListener {

    private final CaseFiles caseFiles;
    private final CaseAccess access;

    CaseReassignment(CaseFiles caseFiles, CaseAccess access) {
        this.caseFiles = caseFiles;
        this.access = access;
    }

    @Override
    public void notify(DelegateTask task) {
        String assignee = task.getAssignee();
        CaseFile file = caseFiles.find(task.getProcessInstanceId()).orElse(null);
        if (assignee == null || file == null || assignee.equals(file.ownerId())) {
            return;
        }
        caseFiles.reassign(task.getProcessInstanceId(), assignee);
        access.moveRead(task.getProcessInstanceId(), file.ownerId(), assignee);
    }
}
