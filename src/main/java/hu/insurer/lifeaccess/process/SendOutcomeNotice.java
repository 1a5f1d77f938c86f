package hu.insurer.lifeaccess.process;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import hu.insurer.lifeaccess.casefile.CaseFile;
import hu.insurer.lifeaccess.casefile.CaseFiles;
import hu.insurer.lifeaccess.process.SendNoticeConstants.Outcome;

/**
 * Tells the agent who has a case how the sending of its code ended, in Tasklist: starts a
 * SecurityCodeSendNoticeProcess for the case (business key: the case number), assigned to the case's agent, who may
 * read it. As a delegate ({@code ${sendOutcomeNotice}}, after the code was sent) the SMS was accepted;
 * {@link #codeNotSent} when the sending became an incident. Both run inside an engine command, in its transaction.
 */
@Component("sendOutcomeNotice")
public class SendOutcomeNotice implements JavaDelegate {

    private final CaseFiles caseFiles;
    private final CaseAccess access;
    private final RuntimeService runtime;

    SendOutcomeNotice(CaseFiles caseFiles, CaseAccess access, @Lazy RuntimeService runtime) {
        this.caseFiles = caseFiles;
        this.access = access;
        this.runtime = runtime;
    }

    /** The SMS provider accepted the code of the case {@code caseExecution} belongs to. */
    @Override
    public void execute(DelegateExecution caseExecution) {
        CaseFile file = caseFile(caseExecution.getProcessInstanceId());
        start(file, SendNoticeVariables.accepted(file.ownerId(), file.caseNumber(),
                CaseVariables.CODE_SENT_TO.get(caseExecution), CaseVariables.CODE_EXPIRES_AT.get(caseExecution)));
    }

    /**
     * The code of the case could not be sent ({@code problemHu}: why, in Hungarian, for the agent). Once per
     * incident: nothing new while the case has a notice of this kind its agent has not acknowledged yet.
     */
    public void codeNotSent(String caseProcessInstanceId, String problemHu) {
        CaseFile file = caseFile(caseProcessInstanceId);
        long open = commandContext().runWithoutAuthorization(() -> runtime.createProcessInstanceQuery()
                .processDefinitionKey(SendNoticeConstants.PROCESS_KEY).processInstanceBusinessKey(file.caseNumber())
                .variableValueEquals(SendNoticeConstants.Variable.SEND_OUTCOME, Outcome.NOT_SENT).count());
        if (open == 0) {
            start(file, SendNoticeVariables.notSent(file.ownerId(), file.caseNumber(), problemHu));
        }
    }

    private void start(CaseFile file, Map<String, Object> variables) {
        ProcessInstance notice = commandContext().runWithoutAuthorization(() -> runtime.startProcessInstanceByKey(
                SendNoticeConstants.PROCESS_KEY, file.caseNumber(), variables));
        access.grantRead(notice.getId(), file.ownerId());
    }

    private CaseFile caseFile(String caseProcessInstanceId) {
        return caseFiles.find(caseProcessInstanceId).orElseThrow(() -> new IllegalStateException(
                "Case record missing for process instance " + caseProcessInstanceId));
    }

    private static CommandContext commandContext() {
        CommandContext context = Context.getCommandContext();
        if (context == null) {
            throw new IllegalStateException("The agent's notice of a code's sending starts inside an engine command");
        }
        return context;
    }
}
