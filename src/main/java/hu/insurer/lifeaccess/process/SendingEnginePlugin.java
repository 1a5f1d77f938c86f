package hu.insurer.lifeaccess.process;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The engine's part in sending codes: the retry handling of the sending job ({@link SmsSendFailures}) and the
 * listener that closes a case's code when the case ends ({@link CaseEndClosesCode}).
 */
@Component
class SendingEnginePlugin extends AbstractProcessEnginePlugin {

    private final SendOutcomeNotice notice;
    private final CaseEndClosesCode caseEnd;

    SendingEnginePlugin(@Lazy SendOutcomeNotice notice, @Lazy CaseEndClosesCode caseEnd) {
        this.notice = notice;
        this.caseEnd = caseEnd;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setFailedJobCommandFactory(new SmsSendFailures(notice));
        List<BpmnParseListener> listeners = new ArrayList<>();
        if (configuration.getCustomPostBPMNParseListeners() != null) {
            listeners.addAll(configuration.getCustomPostBPMNParseListeners());
        }
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
                if (ProcessConstants.PROCESS_KEY.equals(processDefinition.getKey())) {
                    processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_END, caseEnd);
                }
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }
}
