package hu.insurer.lifeaccess.process;

import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.CASE_NUMBER;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.CODE_SENT_TO;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.SECURITY_CODE_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import hu.insurer.lifeaccess.process.SendNoticeConstants.Element;
import hu.insurer.lifeaccess.process.SendNoticeConstants.Outcome;
import hu.insurer.lifeaccess.process.SendNoticeConstants.Variable;
import hu.insurer.lifeaccess.support.EngineApi;
import hu.insurer.lifeaccess.support.SmsInbox;

/**
 * The agent's notice of how a code's sending ended, over real HTTP as the agents reach it: in their own filter, with
 * the masked number or the reason and what to do (never the code), acknowledged by its agent only; no agent starts it.
 */
class SendOutcomeNoticeIT extends ProcessTest {

    private static final String PROBLEM = "A szolgáltató végleg visszautasította az üzenetet.";

    @Autowired
    SendOutcomeNotice sendOutcomeNotice;
    @Autowired
    FilterService filterService;

    private Date testStart;

    @BeforeEach
    void rememberTheStart() {
        testStart = new Date(System.currentTimeMillis() - 1000);
    }

    /** Open cases and notices would crowd the agents' task list that other tests read. */
    @AfterEach
    void deleteTheCasesAndNoticesStartedHere() {
        for (String key : List.of(SendNoticeConstants.PROCESS_KEY, ProcessConstants.PROCESS_KEY)) {
            List<String> started = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(key)
                    .startedAfter(testStart).unfinished().list().stream().map(HistoricProcessInstance::getId).toList();
            if (!started.isEmpty()) {
                runtimeService.deleteProcessInstances(started, "SendOutcomeNoticeIT done", true, true);
            }
        }
    }

    @Test
    void theAgentLearnsInTheirFilterThatTheSmsWasAcceptedAndAcknowledgesIt() {
        ProcessInstance instance = signedRequestFor(newEligibleCustomer(true));
        runJob(instance);
        Task notice = noticeOf(instance);
        assertThat(notice.getTaskDefinitionKey()).isEqualTo(Element.ACKNOWLEDGE_SEND_OUTCOME);
        assertThat(notice.getAssignee()).isEqualTo("agent");
        String caseNumber = variable(instance, CASE_NUMBER);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(notice.getProcessInstanceId())
                .singleResult().getBusinessKey()).isEqualTo(caseNumber);

        EngineApi agent = EngineApi.engineRest(http(), "agent");
        String filterId = filterService.createFilterQuery().filterName("Saját ügyeim feladatai").singleResult().getId();
        assertThat(agent.get("/filter/" + filterId + "/list").body()).contains(notice.getId());
        assertThat(http().getHal("/engine-rest/filter/" + filterId + "/list", "agent").body()).contains(caseNumber);
        HttpResponse<String> definition = agent.get("/process-definition/key/" + SendNoticeConstants.PROCESS_KEY);
        assertThat(definition.statusCode()).isEqualTo(200);
        assertThat(definition.body()).contains("Kódküldés visszajelzése");

        String form = agent.get("/task/" + notice.getId() + "/form-variables").body();
        String code = SmsInbox.codeFor(jdbc, Long.parseLong(variable(instance, SECURITY_CODE_ID)));
        assertThat(form).contains(Outcome.ACCEPTED, variable(instance, CODE_SENT_TO), caseNumber)
                .containsPattern("\"codeExpiresAt\":\\{\"type\":\"String\",\"value\":\"\\d{4}\\.\\d{2}\\.\\d{2}\\. \\d{2}:\\d{2}\"")
                .doesNotContain(code).doesNotContain(code.replace("-", ""));
        assertThat(variable(instance, CODE_SENT_TO)).contains("*");

        assertThat(agent.post("/task/" + notice.getId() + "/submit-form", acknowledged(false)).body())
                .contains("Jelölje be, hogy a kódküldés eredményét tudomásul vette.");
        assertThat(agent.post("/task/" + notice.getId() + "/submit-form", acknowledged(true)).statusCode())
                .isEqualTo(204);
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(notice.getProcessInstanceId())
                .activityId(Element.END_ACKNOWLEDGED).count()).isEqualTo(1);
    }

    @Test
    void aCodeNotSentIsTheAgentsNoticeOnceWithTheReasonAndWhatToDoAndNobodyElsesTask() {
        ProcessInstance instance = signedRequestFor(newEligibleCustomer(true));
        notSent(instance);
        notSent(instance);
        Task notice = noticeOf(instance);

        EngineApi agent = EngineApi.engineRest(http(), "agent");
        String form = agent.get("/task/" + notice.getId() + "/form-variables").body();
        assertThat(form).contains(Outcome.NOT_SENT, PROBLEM, "az üzemeltetés a hibát incidensként látja")
                .doesNotContain(Variable.CODE_SENT_TO);

        EngineApi agent2 = EngineApi.engineRest(http(), "agent2");
        assertThat(agent2.get("/task/" + notice.getId()).statusCode()).isIn(403, 404);
        assertThat(agent2.get("/task/" + notice.getId() + "/form-variables").statusCode()).isIn(403, 404);
        assertThat(agent2.post("/task/" + notice.getId() + "/submit-form", acknowledged(true)).statusCode())
                .isIn(403, 404);
        String filterId = filterService.createFilterQuery().filterName("Saját ügyeim feladatai").singleResult().getId();
        assertThat(agent2.get("/filter/" + filterId + "/list").body()).doesNotContain(notice.getId());
        String supervisorsFilterId = filterService.createFilterQuery().filterName("Minden nyitott ügy (csoportvezető)")
                .singleResult().getId();
        assertThat(EngineApi.engineRest(http(), "supervisor").get("/filter/" + supervisorsFilterId + "/list").body())
                .doesNotContain(notice.getId());

        assertThat(agent.post("/task/" + notice.getId() + "/submit-form",
                "{\"variables\": {\"sendOutcomeAcknowledged\": {\"value\": true}, \"caseOwner\": {\"value\": \"agent2\"}}}")
                .statusCode()).isEqualTo(400);
        assertThat(agent.post("/task/" + notice.getId() + "/complete", acknowledged(true)).statusCode()).isEqualTo(204);
        notSent(instance);
        assertThat(noticeOf(instance).getId()).as("a later incident is a new notice").isNotEqualTo(notice.getId());
    }

    @Test
    void anUnacknowledgedNoticeClosesWhenItsTimeIsUp() {
        ProcessInstance instance = signedRequestFor(newEligibleCustomer(true));
        notSent(instance);
        Task notice = noticeOf(instance);
        managementService.executeJob(managementService.createJobQuery().processInstanceId(notice.getProcessInstanceId())
                .timers().singleResult().getId());
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(notice.getProcessInstanceId())
                .activityId(Element.END_EXPIRED).count()).isEqualTo(1);
    }

    @Test
    void noAgentStartsANotice() {
        EngineApi agent = EngineApi.engineRest(http(), "agent");
        String start = "/process-definition/key/" + SendNoticeConstants.PROCESS_KEY + "/start";
        long before = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(SendNoticeConstants.PROCESS_KEY).count();
        for (String body : List.of("{}", """
                {"businessKey": "ÜBK-2026-999999", "variables": {"caseOwner": {"value": "agent"},
                 "sendOutcome": {"value": "NOT_SENT"}}}""")) {
            HttpResponse<String> refused = agent.post(start, body);
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
            assertThat(refused.body()).contains("csak a rendszer indítja");
        }
        assertThat(agent.post(start.replace("/start", "/submit-form"), "{}").statusCode()).isEqualTo(403);
        assertThat(historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(SendNoticeConstants.PROCESS_KEY).count()).isEqualTo(before);
    }

    private void notSent(ProcessInstance instance) {
        inEngineCommand(context -> {
            sendOutcomeNotice.codeNotSent(instance.getId(), PROBLEM);
            return null;
        });
    }

    /** The open notice task of the case. */
    private Task noticeOf(ProcessInstance instance) {
        return taskService.createTaskQuery().processDefinitionKey(SendNoticeConstants.PROCESS_KEY)
                .processInstanceBusinessKey(variable(instance, CASE_NUMBER)).singleResult();
    }

    private void inEngineCommand(Command<Void> command) {
        ((ProcessEngineImpl) engine).getProcessEngineConfiguration().getCommandExecutorTxRequired().execute(command);
    }

    private static String acknowledged(boolean value) {
        return "{\"variables\": {\"" + Variable.SEND_OUTCOME_ACKNOWLEDGED + "\": {\"value\": " + value + "}}}";
    }
}
