package hu.insurer.lifeaccess.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.history.JobState;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.junit.jupiter.api.Test;

import hu.insurer.lifeaccess.process.ProcessConstants.Variable;

class CaseHistoryPolicyTest {

    @Test
    void whatTheApplicationComputesForAScreenIsNoHistory() {
        for (String screenData : CaseHistoryPolicy.SCREEN_DATA) {
            assertThat(CaseHistoryPolicy.kept(variable(screenData, "[{\"name\": \"Kovács István\"}]")))
                    .as(screenData).isFalse();
        }
    }

    @Test
    void theAgentsInputsAndTheCasesFactsAreHistory() {
        for (String name : new String[] {Variable.SEARCH_NAME, Variable.SEARCH_CUSTOMER_CARD_NUMBER,
                Variable.IDENTIFY_DECISION, Variable.CODE_STATUS, Variable.SECURITY_CODE_ID, Variable.ELIGIBLE,
                Variable.NEW_MOBILE_NUMBER, Variable.CASE_NUMBER}) {
            assertThat(CaseHistoryPolicy.kept(variable(name, "x"))).as(name).isTrue();
        }
    }

    @Test
    void formFieldEventsAreNotKeptTheyRepeatTheSubmissionsVariableUpdates() {
        HistoricFormPropertyEventEntity field = new HistoricFormPropertyEventEntity();
        field.setPropertyId(Variable.IDENTIFY_DECISION);
        field.setPropertyValue("IDENTIFIED");
        assertThat(CaseHistoryPolicy.kept(field)).isFalse();
    }

    @Test
    void theStepsTheAuditTrailShowsAreKeptTheGatewaysBetweenThemAreNot() {
        for (String shown : new String[] {"startEvent", "userTask", "serviceTask", "businessRuleTask",
                "eventBasedGateway", "intermediateMessageCatch", "boundaryMessage", "intermediateTimer",
                "boundaryError", "noneEndEvent"}) {
            assertThat(CaseHistoryPolicy.kept(activity(shown))).as(shown).isTrue();
        }
        for (String between : new String[] {"exclusiveGateway", "intermediateMessageThrowEvent", "boundaryTimer"}) {
            assertThat(CaseHistoryPolicy.kept(activity(between))).as(between).isFalse();
        }
    }

    @Test
    void aKindOfStepNotYetDecidedOnIsKept() {
        assertThat(CaseHistoryPolicy.kept(activity("callActivity"))).isTrue();
        assertThat(CaseHistoryPolicy.kept(activity("terminateEndEvent"))).isTrue();
    }

    @Test
    void theJobLogKeepsHowAJobEndedNotItsCreationOrDeletion() {
        assertThat(CaseHistoryPolicy.kept(job(JobState.SUCCESSFUL))).isTrue();
        assertThat(CaseHistoryPolicy.kept(job(JobState.FAILED))).isTrue();
        assertThat(CaseHistoryPolicy.kept(job(JobState.CREATED))).isFalse();
        assertThat(CaseHistoryPolicy.kept(job(JobState.DELETED))).isFalse();
    }

    @Test
    void eventsOtherThanVariablesPass() {
        HistoryEvent activity = new HistoryEvent();
        activity.setEventType(HistoryEventTypes.ACTIVITY_INSTANCE_START.getEventName());
        assertThat(CaseHistoryPolicy.kept(activity)).isTrue();
    }

    @Test
    void identityDocumentNumbersAreMaskedToTheirLastThreeCharacters() {
        HistoricVariableUpdateEventEntity number = variable(Variable.IDENTITY_DOCUMENT_NUMBER, "123456AB");
        CaseHistoryPolicy.redact(number);
        assertThat(number.getTextValue()).isEqualTo("******6AB");
        HistoricVariableUpdateEventEntity searched = variable(Variable.SEARCH_DOCUMENT_NUMBER, "987654CD");
        CaseHistoryPolicy.redact(searched);
        assertThat(searched.getTextValue()).isEqualTo("******4CD");
        HistoricVariableUpdateEventEntity other = variable(Variable.SEARCH_NAME, "Kovács István");
        CaseHistoryPolicy.redact(other);
        assertThat(other.getTextValue()).isEqualTo("Kovács István");
    }

    @Test
    void theChangesKeptAreNeverScreenData() {
        assertThat(CaseHistoryPolicy.CHANGES_KEPT).doesNotContainAnyElementsOf(CaseHistoryPolicy.SCREEN_DATA);
    }

    @Test
    void everySearchStaysOnRecordWithWhatTheAgentTypedAndTheCustomersItOffered() {
        assertThat(CaseHistoryPolicy.CHANGES_KEPT).contains(Variable.SEARCH_NAME, Variable.SEARCH_BIRTH_DATE,
                Variable.SEARCH_CONTRACT_NUMBER, Variable.CUSTOMER_RESULTS).containsAll(CaseHistoryPolicy.CHANGES_SHOWN);
        assertThat(CaseHistoryPolicy.kept(variable(Variable.CUSTOMER_RESULTS, "[]"))).isTrue();
    }

    private static HistoricVariableUpdateEventEntity variable(String name, String value) {
        HistoricVariableUpdateEventEntity event = new HistoricVariableUpdateEventEntity();
        event.setVariableName(name);
        event.setTextValue(value);
        event.setEventType(HistoryEventTypes.VARIABLE_INSTANCE_CREATE.getEventName());
        return event;
    }

    private static HistoricActivityInstanceEventEntity activity(String type) {
        HistoricActivityInstanceEventEntity activity = new HistoricActivityInstanceEventEntity();
        activity.setActivityType(type);
        activity.setEventType(HistoryEventTypes.ACTIVITY_INSTANCE_START.getEventName());
        return activity;
    }

    private static HistoricJobLogEvent job(JobState state) {
        HistoricJobLogEvent job = new HistoricJobLogEvent();
        job.setState(state.getStateCode());
        return job;
    }
}
