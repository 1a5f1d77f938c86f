package hu.insurer.lifeaccess.process;

import static hu.insurer.lifeaccess.process.ProcessConstants.Element.*;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import hu.insurer.lifeaccess.process.ProcessConstants.Message;

/**
 * Every path of the model on a bare in-memory engine in seconds, with the application's delegates replaced by
 * stand-ins that only steer the gateways: the model's routing, not the services (the full-application ITs test
 * those). The eligibility decision is the real decision table, fed with the facts a stand-in gathers. The class must reach every flow node and sequence flow of the model (camunda-process-test-coverage).
 */
@Deployment(resources = {TaskSubmissionValidator.MODEL, "dmn/eligibility.dmn"})
class SecurityCodeIssuanceModelTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("process-model-test.cfg.xml")
            .assertClassCoverageAtLeast(1.0).build();

    private String searchOutcome;
    private boolean eligible;
    private boolean mobileNumberAccepted;
    private JavaDelegate sending;
    private int agentNotices;

    @BeforeEach
    void standIns() {
        searchOutcome = "FOUND";
        eligible = true;
        mobileNumberAccepted = true;
        sending = SecurityCodeIssuanceModelTest::codeSent;
        Mocks.register("caseOpening", (ExecutionListener) execution -> execution.setVariable(CASE_NUMBER, "ÜBK-2026-000001"));
        Mocks.register("caseAssignee", new Assignee());
        Mocks.register("caseReassignment", (TaskListener) task -> { });
        Mocks.register("taskSubmissionValidator", (ExecutionListener) execution -> { });
        Mocks.register("searchCustomersDelegate", (JavaDelegate) execution -> execution.setVariable(SEARCH_OUTCOME, searchOutcome));
        Mocks.register("gatherEligibilityFactsDelegate", (JavaDelegate) execution -> execution.setVariables(java.util.Map.of(
                "customerType", "PERSON", "hasActiveLifeContract", eligible, "hasPortalAccount", false,
                "portalIncludesLife", false)));
        Mocks.register("checkEligibilityDelegate", (JavaDelegate) execution -> execution.setVariable(ELIGIBLE,
                !"NOT_ELIGIBLE".equals(((java.util.Map<?, ?>) execution.getVariable(ELIGIBILITY_RESULT)).get("decision"))));
        Mocks.register("updateCustomerDataDelegate",
                (JavaDelegate) execution -> execution.setVariable(MOBILE_NUMBER_ACCEPTED, mobileNumberAccepted));
        Mocks.register("generateRequestFormDelegate", (JavaDelegate) execution -> { });
        Mocks.register("sendSecurityCodeDelegate", (JavaDelegate) execution -> sending.execute(execution));
        Mocks.register("expireSecurityCodeDelegate", (JavaDelegate) execution -> { });
        Mocks.register("sendOutcomeNotice", (JavaDelegate) execution -> agentNotices++);
        Mocks.register("smsRetryPolicy", new RetryPolicy());
    }

    @AfterEach
    void resetStandIns() {
        Mocks.reset();
    }

    @Test
    void aRedeemedCodeGrantsAccess() {
        ProcessInstance instance = signedAndSent();
        correlate(instance, Message.SECURITY_CODE_REDEEMED);
        assertThat(instance).as("the redemption commits before the case is closed").isWaitingAt(ACCESS_GRANTED);
        execute(job());
        assertThat(instance).isEnded().hasPassed(END_ACCESS_GRANTED);
    }

    @Test
    void fiveWrongCodesLockIt() {
        ProcessInstance instance = signedAndSent();
        correlate(instance, Message.SECURITY_CODE_LOCKED);
        assertThat(instance).isEnded().hasPassed(END_CODE_LOCKED);
    }

    @Test
    void aNewerCodeSupersedesIt() {
        ProcessInstance instance = signedAndSent();
        correlate(instance, Message.SECURITY_CODE_SUPERSEDED);
        assertThat(instance).isEnded().hasPassed(END_SUPERSEDED);
    }

    @Test
    void anUndeliveredSmsIsResentAndTheNewCodeCanBeRedeemed() {
        ProcessInstance instance = signedAndSent();
        correlate(instance, Message.SMS_NOT_DELIVERED);
        assertThat(instance).hasPassed(SMS_NOT_DELIVERED).isWaitingAt(RESEND_SECURITY_CODE).task()
                .isAssignedTo("agent");
        complete(task(instance), withVariables(RESEND_DECISION, "RESEND"));
        assertThat(instance).isWaitingAt(SEND_SECURITY_CODE);
        execute(job());
        assertThat(instance).isWaitingAt(AWAIT_REDEMPTION);
        org.assertj.core.api.Assertions.assertThat(agentNotices).as("the agent is told of each send").isEqualTo(2);
        correlate(instance, Message.SECURITY_CODE_REDEEMED);
        execute(job());
        assertThat(instance).isEnded().hasPassed(END_ACCESS_GRANTED);
    }

    @Test
    void anOldCodeRedeemedDespiteAFailedDeliveryReportGrantsAccessAndTakesTheResendTaskAway() {
        ProcessInstance instance = signedAndSent();
        correlate(instance, Message.SMS_NOT_DELIVERED);
        assertThat(instance).isWaitingAt(RESEND_SECURITY_CODE);
        correlate(instance, Message.SECURITY_CODE_REDEEMED);
        execute(job());
        assertThat(instance).isEnded().hasPassed(REDEEMED_BEFORE_RESEND, END_ACCESS_GRANTED)
                .hasNotPassed(END_CODE_NOT_DELIVERED);
        org.assertj.core.api.Assertions.assertThat(taskService().createTaskQuery().processInstanceId(instance.getId())
                .count()).as("the agent's resend task is gone").isZero();
    }

    @Test
    void anUndeliveredSmsLetsTheAgentCloseTheCase() {
        ProcessInstance instance = signedAndSent();
        correlate(instance, Message.SMS_NOT_DELIVERED);
        complete(task(instance), withVariables(RESEND_DECISION, "CANCEL"));
        assertThat(instance).isEnded().hasPassed(END_CODE_NOT_DELIVERED).hasNotPassed(END_CANCELLED);
    }

    @Test
    void anUnusedCodeExpires() {
        ProcessInstance instance = signedAndSent();
        execute(job());
        assertThat(instance).isEnded().hasPassed(EXPIRE_SECURITY_CODE, END_CODE_EXPIRED);
    }

    @Test
    void anIneligibleCustomerIsToldWhyAndTheCaseEnds() {
        eligible = false;
        ProcessInstance instance = identified();
        assertThat(instance).isWaitingAt(ACKNOWLEDGE_INELIGIBILITY).task().isAssignedTo("agent");
        complete(task(instance), withVariables(INELIGIBILITY_ACKNOWLEDGED, true));
        assertThat(instance).isEnded().hasPassed(END_NOT_ELIGIBLE);
    }

    @Test
    void aCustomerNoLongerEligibleAtSendingGetsNoCode() {
        sending = execution -> {
            throw new BpmnError(ProcessConstants.Error.CUSTOMER_NOT_ELIGIBLE, "Az ügyfél már rendelkezik hozzáféréssel.");
        };
        ProcessInstance instance = signed();
        execute(job());
        assertThat(instance).hasPassed(NO_LONGER_ELIGIBLE).isWaitingAt(ACKNOWLEDGE_INELIGIBILITY).variables()
                .containsEntry(INELIGIBILITY_REASON, "Az ügyfél már rendelkezik hozzáféréssel.");
        complete(task(instance), withVariables(INELIGIBILITY_ACKNOWLEDGED, true));
        assertThat(instance).isEnded().hasPassed(END_NOT_ELIGIBLE);
    }

    @Test
    void aNumberChangedSincePrintingLeadsBackToPrinting() {
        sending = execution -> {
            throw new BpmnError(ProcessConstants.Error.SIGNED_FORM_OUTDATED, "Nyomtassa ki újra.");
        };
        ProcessInstance instance = signed();
        execute(job());
        assertThat(instance).hasPassed(SIGNED_FORM_OUTDATED, GENERATE_REQUEST_FORM).isWaitingAt(COLLECT_SIGNATURE)
                .variables().containsEntry(REQUEST_FORM_NOTICE, "Nyomtassa ki újra.");
    }

    @Test
    void nothingFoundIsRefinedAndTheAgentMayGiveUp() {
        searchOutcome = "NONE";
        ProcessInstance instance = started();
        assertThat(instance).isWaitingAt(REFINE_SEARCH);
        searchOutcome = "FOUND";
        complete(task(instance), withVariables(REFINE_DECISION, "SEARCH"));
        assertThat(instance).isWaitingAt(IDENTIFY_CUSTOMER);
        complete(task(instance), withVariables(IDENTIFY_DECISION, "SEARCH_AGAIN"));
        assertThat(instance).isWaitingAt(REFINE_SEARCH);
        complete(task(instance), withVariables(REFINE_DECISION, "CANCEL"));
        assertThat(instance).isEnded().hasPassed(END_CANCELLED);
    }

    @Test
    void theAgentMayCancelAtIdentification() {
        ProcessInstance instance = started();
        complete(task(instance), withVariables(IDENTIFY_DECISION, "CANCEL"));
        assertThat(instance).isEnded().hasPassed(END_CANCELLED);
    }

    @Test
    void aRefusedNumberIsCorrectedAgainAndEveryBackLeadsToThePreviousScreen() {
        ProcessInstance instance = identified();
        complete(task(instance), withVariables(REVIEW_DECISION, "MODIFY_CUSTOMER"));
        mobileNumberAccepted = false;
        complete(task(instance), withVariables(CORRECTION_DECISION, "SAVE"));
        assertThat(instance).isWaitingAt(CORRECT_CUSTOMER_DATA);
        mobileNumberAccepted = true;
        complete(task(instance), withVariables(CORRECTION_DECISION, "SAVE"));
        assertThat(instance).isWaitingAt(REVIEW_PARTNER_DATA);

        complete(task(instance), withVariables(REVIEW_DECISION, "MODIFY_CUSTOMER"));
        complete(task(instance), withVariables(CORRECTION_DECISION, "BACK"));
        assertThat(instance).isWaitingAt(REVIEW_PARTNER_DATA);
        complete(task(instance), withVariables(REVIEW_DECISION, "CONTINUE"));
        complete(task(instance), withVariables(SIGNATURE_DECISION, "BACK"));
        assertThat(instance).isWaitingAt(REVIEW_PARTNER_DATA);
        complete(task(instance), withVariables(REVIEW_DECISION, "BACK"));
        assertThat(instance).isWaitingAt(IDENTIFY_CUSTOMER);
    }

    private ProcessInstance started() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(ProcessConstants.PROCESS_KEY);
        assertThat(instance).hasVariables(CASE_NUMBER);
        return instance;
    }

    private ProcessInstance identified() {
        ProcessInstance instance = started();
        assertThat(instance).isWaitingAt(IDENTIFY_CUSTOMER).task().isAssignedTo("agent");
        complete(task(instance), withVariables(IDENTIFY_DECISION, "IDENTIFIED"));
        return instance;
    }

    private ProcessInstance signed() {
        ProcessInstance instance = identified();
        assertThat(instance).isWaitingAt(REVIEW_PARTNER_DATA);
        complete(task(instance), withVariables(REVIEW_DECISION, "CONTINUE"));
        assertThat(instance).hasPassed(GENERATE_REQUEST_FORM).isWaitingAt(COLLECT_SIGNATURE);
        complete(task(instance), withVariables(SIGNATURE_DECISION, "SIGNED"));
        assertThat(instance).isWaitingAt(SEND_SECURITY_CODE);
        return instance;
    }

    private ProcessInstance signedAndSent() {
        ProcessInstance instance = signed();
        execute(job());
        assertThat(instance).hasPassed(AGENT_NOTIFIED).isWaitingAt(AWAIT_REDEMPTION);
        return instance;
    }

    private static void codeSent(DelegateExecution execution) {
        execution.setVariable(SECURITY_CODE_ID, 1L);
        execution.setVariable(CODE_EXPIRES_AT, Date.from(Instant.now().plus(7, ChronoUnit.DAYS)));
    }

    private static void correlate(ProcessInstance instance, String message) {
        runtimeService().createMessageCorrelation(message).processInstanceId(instance.getId()).correlate();
    }

    /** {@code ${caseAssignee.of(execution)}}: every task of these cases is the agent's. */
    public static class Assignee {
        public String of(DelegateExecution execution) {
            return "agent";
        }
    }

    /** {@code ${smsRetryPolicy.cycle}}. */
    public static class RetryPolicy {
        public String getCycle() {
            return "R3/PT5M";
        }
    }
}
