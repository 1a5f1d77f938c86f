package hu.insurer.lifeaccess.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Map;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import hu.insurer.lifeaccess.process.SendNoticeConstants.Element;
import hu.insurer.lifeaccess.process.SendNoticeConstants.Variable;

/**
 * Both paths of the agent's notice of a code's sending on a bare in-memory engine: acknowledged, or closed by its
 * timer. The class must reach every flow node and sequence flow of the model (camunda-process-test-coverage).
 */
@Deployment(resources = TaskSubmissionValidator.NOTICE_MODEL)
class SecurityCodeSendNoticeModelTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("process-model-test.cfg.xml")
            .assertClassCoverageAtLeast(1.0).build();

    @BeforeEach
    void standIns() {
        Mocks.register("taskSubmissionValidator", (ExecutionListener) execution -> { });
        Mocks.register("sendNoticeSettings", new Settings());
    }

    @AfterEach
    void resetStandIns() {
        Mocks.reset();
    }

    @Test
    void theCasesAgentAcknowledgesTheNotice() {
        ProcessInstance notice = started();
        assertThat(notice).isWaitingAt(Element.ACKNOWLEDGE_SEND_OUTCOME).task().isAssignedTo("agent");
        complete(task(notice), withVariables(Variable.SEND_OUTCOME_ACKNOWLEDGED, true));
        assertThat(notice).isEnded().hasPassed(Element.END_ACKNOWLEDGED);
    }

    @Test
    void anUnacknowledgedNoticeClosesAfterItsTime() {
        ProcessInstance notice = started();
        assertThat(notice).isWaitingAt(Element.ACKNOWLEDGE_SEND_OUTCOME);
        execute(job());
        assertThat(notice).isEnded().hasPassed(Element.NOTICE_TIMEOUT, Element.END_EXPIRED)
                .hasNotPassed(Element.END_ACKNOWLEDGED);
    }

    private static ProcessInstance started() {
        return runtimeService().startProcessInstanceByKey(SendNoticeConstants.PROCESS_KEY, "ÜBK-2026-000001", Map.of(
                Variable.CASE_OWNER, "agent", Variable.CASE_NUMBER, "ÜBK-2026-000001",
                Variable.SEND_OUTCOME, SendNoticeConstants.Outcome.NOT_SENT, Variable.SEND_PROBLEM, "Hiba."));
    }

    /** {@code ${sendNoticeSettings.timeout}}. */
    public static class Settings {
        public String getTimeout() {
            return "P1D";
        }
    }
}
