package hu.insurer.lifeaccess.process;

import static hu.insurer.lifeaccess.process.CaseVariables.CASE_NUMBER;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import hu.insurer.lifeaccess.casefile.CaseFile;
import hu.insurer.lifeaccess.casefile.CaseFiles;

/**
 * The process's start listener: opens the case record of the agent who starts the case, makes its case number the
 * business key (Tasklist, Cockpit and the request form show it), and lets that agent read the case.
 */
@Component("caseOpening")
class CaseOpening implements ExecutionListener {

    private final CaseFiles caseFiles;
    private final CurrentAgent agent;
    private final CaseAccess access;

    CaseOpening(CaseFiles caseFiles, CurrentAgent agent, CaseAccess access) {
        this.caseFiles = caseFiles;
        this.agent = agent;
        this.access = access;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String owner = agent.authenticatedUserId()
                .orElseThrow(() -> new FormSubmissionException("Ügyet csak bejelentkezett ügyintéző indíthat."));
        CaseFile file = CaseSteps.refusedAsFormError(() -> caseFiles.open(execution.getProcessInstanceId(), owner));
        execution.setProcessBusinessKey(file.caseNumber());
        CASE_NUMBER.set(execution, file.caseNumber());
        access.grantRead(execution.getProcessInstanceId(), owner);
    }
}
