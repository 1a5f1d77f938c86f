package hu.insurer.lifeaccess.process;

import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.REQUEST_FORM;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.REQUEST_FORM_DOWNLOAD_URL;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * form-js has no download component, so the signature form shows a link to the webapp's own variable-data URL
 * for this task: the browser sends the agent's Tasklist session with it, and the engine checks the agent may
 * read the task.
 */
@Component("requestFormLinkListener")
class RequestFormLinkListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String engine = task.getProcessEngine().getName();
        task.setVariableLocal(REQUEST_FORM_DOWNLOAD_URL,
                "/camunda/api/engine/engine/" + engine + "/task/" + task.getId() + "/variables/" + REQUEST_FORM + "/data");
    }
}
