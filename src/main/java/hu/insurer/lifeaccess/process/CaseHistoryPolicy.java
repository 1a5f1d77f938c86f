package hu.insurer.lifeaccess.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.ActivityTypes;
import org.camunda.bpm.engine.history.JobState;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

import hu.insurer.lifeaccess.casefile.DocumentNumbers;
import hu.insurer.lifeaccess.process.ProcessConstants.Variable;

/**
 * What of a case reaches the engine's history: the audit trail, not every screen's data (docs/architecture.md,
 * "Audit history").
 * <ul>
 * <li>Identity document numbers are masked on their way to the history tables, to the last three characters
 * ({@code ******6AB}): a form submission writes each submitted value into the history before any listener runs. The
 * case record keeps the number's keyed hash; see CustomerIdentificationCheck.</li>
 * <li>What the application computes for a screen from the domain tables ({@link #SCREEN_DATA}: the result count and
 * choices, the contracts, the partner's details, the eligibility rows, messages) is not history at all: the domain
 * tables, the case record and the decision history hold it, and personal data is not copied once more.</li>
 * <li>A variable's every change (a history detail) is kept where the audit trail needs it ({@link #CHANGES_KEPT}):
 * the variables the audit plugin shows over time, and every search: its criteria and the customers it offered, so
 * that who looked at whom stays on record. Of the other variables the history keeps the last value.</li>
 * <li>Form field events are not kept: they repeat the variable updates of the same submission.</li>
 * <li>The steps of the case are kept, as the audit trail shows them ({@link #ACTIVITY_TYPES_SHOWN}: tasks,
 * decisions, waits, the portal's and the timer's events, the end); the steps between them are not
 * ({@link #ACTIVITY_TYPES_LEFT_OUT}: the exclusive gateways, whose decision is a variable with its history and
 * whose next step is kept; the agent notice's throw event and its timeout). A kind of step the model gains later is
 * kept until it is put in one of the two lists (ModelContractTest asks for that).</li>
 * <li>Of a job the log keeps how it ended (done, on which node, or failed, with the error), not its creation or
 * its deletion with the step it belonged to.</li>
 * </ul>
 */
@Component
class CaseHistoryPolicy extends AbstractProcessEnginePlugin {

    static final Set<String> REDACTED = Set.of(Variable.IDENTITY_DOCUMENT_NUMBER, Variable.SEARCH_DOCUMENT_NUMBER);

    static final Set<String> SCREEN_DATA = Set.of(Variable.CUSTOMER_OPTIONS, Variable.CUSTOMER_RESULT_COUNT,
            Variable.SEARCH_OUTCOME, Variable.SEARCH_FEEDBACK, Variable.ELIGIBILITY_RESULT, Variable.PARTNER_MOTHER_NAME,
            Variable.PARTNER_BIRTH_DATE, Variable.PARTNER_MOBILE_NUMBER, Variable.MOBILE_NUMBER_VALID,
            Variable.CUSTOMER_CONTRACTS, Variable.MOBILE_NUMBER_ACCEPTED, Variable.CORRECTION_ERROR,
            Variable.REQUEST_FORM_DOWNLOAD_URL);

    /** The variables whose changes the Cockpit audit plugin lists (its SHOWN_VARIABLES; a test compares them). */
    static final Set<String> CHANGES_SHOWN = Set.of(Variable.CASE_NUMBER, Variable.PARTNER_NAME,
            Variable.PARTNER_CUSTOMER_CARD_NUMBER, Variable.SEARCH_CUSTOMER_CARD_NUMBER, Variable.ACCESS_CASE_LABEL,
            Variable.INELIGIBILITY_REASON, Variable.IDENTITY_DOCUMENT_TYPE, Variable.IDENTITY_DOCUMENT_NUMBER,
            Variable.IDENTIFIED_BY, Variable.IDENTIFIED_AT, Variable.IDENTIFY_DECISION, Variable.REFINE_DECISION,
            Variable.REVIEW_DECISION, Variable.CORRECTION_DECISION, Variable.SIGNATURE_DECISION,
            Variable.INELIGIBILITY_ACKNOWLEDGED, Variable.CUSTOMER_DATA_CHANGES, Variable.REQUEST_FORM_NOTICE,
            Variable.CODE_SENT_TO, Variable.CODE_EXPIRES_AT, Variable.CODE_STATUS, Variable.CODE_FAILED_ATTEMPTS,
            Variable.CODE_DELIVERY_STATUS, Variable.RESEND_DECISION);

    /** Each search of the case: what the agent searched for and which customers it offered. */
    static final Set<String> SEARCHES = Set.of(Variable.SEARCH_CUSTOMER_TYPE, Variable.SEARCH_NAME,
            Variable.SEARCH_MOTHER_NAME, Variable.SEARCH_BIRTH_DATE, Variable.SEARCH_DOCUMENT_TYPE,
            Variable.SEARCH_DOCUMENT_NUMBER, Variable.SEARCH_TAX_ID, Variable.SEARCH_COUNTRY,
            Variable.SEARCH_POSTCODE_CITY, Variable.SEARCH_STREET, Variable.SEARCH_HOUSE_NUMBER,
            Variable.SEARCH_CUSTOMER_CARD_NUMBER, Variable.SEARCH_CONTRACT_NUMBER, Variable.SEARCH_LICENCE_PLATE,
            Variable.SEARCH_PRODUCT_GROUP, Variable.SEARCH_AHL_HL, Variable.CUSTOMER_RESULTS);

    static final Set<String> CHANGES_KEPT = union(CHANGES_SHOWN, SEARCHES);

    /** The activity types the Cockpit audit plugin lists (its ACTIVITY_KINDS; a test compares them). */
    static final Set<String> ACTIVITY_TYPES_SHOWN = Set.of(ActivityTypes.START_EVENT, ActivityTypes.TASK_USER_TASK,
            ActivityTypes.TASK_SERVICE, ActivityTypes.TASK_BUSINESS_RULE, ActivityTypes.GATEWAY_EVENT_BASED,
            ActivityTypes.INTERMEDIATE_EVENT_MESSAGE, ActivityTypes.BOUNDARY_MESSAGE,
            ActivityTypes.INTERMEDIATE_EVENT_TIMER, ActivityTypes.BOUNDARY_ERROR, ActivityTypes.END_EVENT_NONE);

    /** The activity types between the steps, which the history does not keep. */
    static final Set<String> ACTIVITY_TYPES_LEFT_OUT = Set.of(ActivityTypes.GATEWAY_EXCLUSIVE,
            ActivityTypes.INTERMEDIATE_EVENT_MESSAGE_THROW, ActivityTypes.BOUNDARY_TIMER);

    static final Set<Integer> JOB_STATES_KEPT = Set.of(JobState.SUCCESSFUL.getStateCode(),
            JobState.FAILED.getStateCode());

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryEventHandler> handlers = new ArrayList<>();
        handlers.add(new Filtered(new AuditedDetails()));
        if (configuration.getCustomHistoryEventHandlers() != null) {
            handlers.addAll(configuration.getCustomHistoryEventHandlers());
        }
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    /** False for the events the history does not keep. */
    static boolean kept(HistoryEvent event) {
        if (event instanceof HistoricFormPropertyEventEntity) {
            return false;
        }
        if (event instanceof HistoricActivityInstanceEventEntity activity) {
            return activity.getActivityType() == null || !ACTIVITY_TYPES_LEFT_OUT.contains(activity.getActivityType());
        }
        if (event instanceof HistoricJobLogEvent job) {
            return JOB_STATES_KEPT.contains(job.getState());
        }
        return !(event instanceof HistoricVariableUpdateEventEntity variable
                && SCREEN_DATA.contains(variable.getVariableName()));
    }

    private static Set<String> union(Set<String> one, Set<String> other) {
        Set<String> both = new java.util.HashSet<>(one);
        both.addAll(other);
        return Set.copyOf(both);
    }

    static void redact(HistoryEvent event) {
        if (event instanceof HistoricVariableUpdateEventEntity variable && REDACTED.contains(variable.getVariableName())) {
            variable.setTextValue(DocumentNumbers.masked(variable.getTextValue()));
            variable.setTextValue2(null);
            variable.setByteValue(null);
        }
    }

    /** The engine's own database handler, writing a variable's changes only where the audit trail shows them. */
    private static final class AuditedDetails extends DbHistoryEventHandler {

        @Override
        protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
            return CHANGES_KEPT.contains(event.getVariableName()) && super.shouldWriteHistoricDetail(event);
        }
    }

    /** Leaves out and masks, then hands the event on. */
    private record Filtered(HistoryEventHandler database) implements HistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            if (kept(event)) {
                redact(event);
                database.handleEvent(event);
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }
    }
}
