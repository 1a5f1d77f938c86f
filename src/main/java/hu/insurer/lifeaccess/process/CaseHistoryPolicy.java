package hu.insurer.lifeaccess.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

import hu.insurer.lifeaccess.casefile.DocumentNumbers;
import hu.insurer.lifeaccess.process.ProcessConstants.Variable;

/**
 * Identity document numbers never reach the engine's history: a form submission writes each submitted value into
 * the history (variable instances, their details and, at history level full, form fields) before any listener runs,
 * so the values are masked on their way to the database, to the last three characters ({@code ******6AB}).
 * The case record keeps the number's keyed hash; see CustomerIdentificationCheck.
 */
@Component
class HistoryRedaction extends AbstractProcessEnginePlugin {

    static final Set<String> REDACTED = Set.of(Variable.IDENTITY_DOCUMENT_NUMBER, Variable.SEARCH_DOCUMENT_NUMBER);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryEventHandler> handlers = new ArrayList<>();
        handlers.add(new Redacting(new DbHistoryEventHandler()));
        if (configuration.getCustomHistoryEventHandlers() != null) {
            handlers.addAll(configuration.getCustomHistoryEventHandlers());
        }
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    static void redact(HistoryEvent event) {
        if (event instanceof HistoricVariableUpdateEventEntity variable && REDACTED.contains(variable.getVariableName())) {
            variable.setTextValue(DocumentNumbers.masked(variable.getTextValue()));
            variable.setTextValue2(null);
            variable.setByteValue(null);
        } else if (event instanceof HistoricFormPropertyEventEntity field && REDACTED.contains(field.getPropertyId())) {
            field.setPropertyValue(DocumentNumbers.masked((String) field.getPropertyValue()));
        }
    }

    /** Masks, then hands the event to the engine's own database handler. */
    private record Redacting(HistoryEventHandler database) implements HistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            redact(event);
            database.handleEvent(event);
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }
    }
}
