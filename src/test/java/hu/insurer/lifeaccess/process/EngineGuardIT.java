package hu.insurer.lifeaccess.process;

import static hu.insurer.lifeaccess.process.ProcessConstants.Element.ACKNOWLEDGE_INELIGIBILITY;
import static hu.insurer.lifeaccess.process.ProcessConstants.Element.AWAIT_REDEMPTION;
import static hu.insurer.lifeaccess.process.ProcessConstants.Element.COLLECT_SIGNATURE;
import static hu.insurer.lifeaccess.process.ProcessConstants.Element.CORRECT_CUSTOMER_DATA;
import static hu.insurer.lifeaccess.process.ProcessConstants.Element.END_ACCESS_GRANTED;
import static hu.insurer.lifeaccess.process.ProcessConstants.Element.IDENTIFY_CUSTOMER;
import static hu.insurer.lifeaccess.process.ProcessConstants.Element.REVIEW_PARTNER_DATA;
import static hu.insurer.lifeaccess.process.ProcessConstants.Element.SEND_SECURITY_CODE;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.CODE_STATUS;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.CUSTOMER_ID;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.CUSTOMER_OPTIONS;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.REVIEW_DECISION;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.SEARCH_CUSTOMER_CARD_NUMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import hu.insurer.lifeaccess.process.guard.ClosedDoorException;
import hu.insurer.lifeaccess.support.EngineApi;

/**
 * The engine's generic doors, knocked on over real HTTP by a hostile insider with an agent's (or another agent's)
 * account, through engine-rest and through a Tasklist session: each is refused with a Hungarian message, and no SMS
 * goes out, no customer data changes and no case ends where it did not earn it. Supervisors may hand a task to
 * another agent, and an administrator keeps Cockpit's tools, both recorded in the user operation log.
 */
class EngineGuardIT extends ProcessTest {

    private static final String START = "/process-definition/key/" + ProcessConstants.PROCESS_KEY + "/start";
    private static final String SUBMIT_START_FORM = "/process-definition/key/" + ProcessConstants.PROCESS_KEY
            + "/submit-form";
    private static final String CLOSED = "csak adminisztrátor";

    private final ObjectMapper json = new ObjectMapper();
    private Date testStart;

    @Autowired
    HistoryService historyService;

    @BeforeEach
    void rememberTheStart() {
        testStart = new Date(System.currentTimeMillis() - 1000);
    }

    /** The cases left open here would crowd the agents' task list that other tests read. */
    @AfterEach
    void deleteTheCasesStartedHere() {
        List<String> started = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ProcessConstants.PROCESS_KEY).startedAfter(testStart).unfinished().list()
                .stream().map(HistoricProcessInstance::getId).toList();
        if (!started.isEmpty()) {
            runtimeService.deleteProcessInstances(started, "EngineGuardIT done", true, true);
        }
    }

    static Stream<String> apis() {
        return Stream.of("engine-rest", "tasklist");
    }

    private EngineApi api(String kind, String user) {
        return kind.equals("engine-rest") ? EngineApi.engineRest(http(), user) : EngineApi.tasklistSession(http(), user);
    }

    // --- starting elsewhere than at the start event ---

    static Stream<Arguments> startInstructions() {
        return apis().flatMap(api -> Stream.of(
                // a user task, a service task, the asynchronous code sending (a job) and an end event
                COLLECT_SIGNATURE, ProcessConstants.Element.UPDATE_CUSTOMER_DATA, SEND_SECURITY_CODE,
                END_ACCESS_GRANTED).map(activity -> Arguments.of(api, activity)));
    }

    @ParameterizedTest(name = "{0}: startBeforeActivity {1}")
    @MethodSource("startInstructions")
    void aCaseCannotBeStartedAtALaterStep(String kind, String activity) {
        String card = newEligibleCustomer(false);
        long customerId = customers.findIdByCardNumber(card).orElseThrow();
        long smsBefore = smsCount();

        for (String skipFlags : List.of("", ", \"skipCustomListeners\": true, \"skipIoMappings\": true")) {
            HttpResponse<String> started = api(kind, "agent").post(START, """
                    {"variables": {
                      "searchCustomerType": {"value": "PERSON"}, "searchCustomerCardNumber": {"value": "%s"},
                      "customerId": {"value": "%d"}, "identityVerified": {"value": true},
                      "signatureConfirmed": {"value": true}, "signatureDecision": {"value": "SIGNED"}},
                     "startInstructions": [{"type": "startBeforeActivity", "activityId": "%s"}]%s}"""
                    .formatted(card, customerId, activity, skipFlags));
            assertRefused(started, 403, "Az ügy csak a kezdőlépésénél, az ügyfélkereső űrlappal indítható.");
        }
        assertThat(casesSearchingFor(card)).isZero();
        assertThat(smsCount()).isEqualTo(smsBefore);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("apis")
    void skippingListenersOrInputMappingsIsRefusedEvenAtTheStartEvent(String kind) {
        String card = newEligibleCustomer(false);
        HttpResponse<String> started = api(kind, "agent").post(START, """
                {"variables": {"searchCustomerType": {"value": "PERSON"}, "searchCustomerCardNumber": {"value": "%s"}},
                 "startInstructions": [{"type": "startBeforeActivity", "activityId": "StartEvent_CustomerSearch"}],
                 "skipCustomListeners": true, "skipIoMappings": true}""".formatted(card));
        assertRefused(started, 403, "kezdőlépésénél");
        assertThat(casesSearchingFor(card)).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("apis")
    void theStartFormTakesOnlyItsOwnFields(String kind) {
        String card = newEligibleCustomer(false);
        long customerId = customers.findIdByCardNumber(card).orElseThrow();
        String withCustomer = """
                {"variables": {"searchCustomerType": {"value": "PERSON"}, "searchCustomerCardNumber": {"value": "%s"},
                 "customerId": {"value": "%d"}}}""".formatted(card, customerId);
        EngineApi agent = api(kind, "agent");

        assertRefused(agent.post(SUBMIT_START_FORM, withCustomer), 400, "Az űrlapon nincs ilyen mező: customerId");
        // a plain start is the same door; engine-rest turns its engine errors into 500, so it is a closed door here
        assertRefused(agent.post(START, withCustomer), 403, "Az űrlapon nincs ilyen mező: customerId");
        assertRefused(agent.post(SUBMIT_START_FORM, """
                {"businessKey": "ÜBK-HAMIS", "variables": {"searchCustomerType": {"value": "PERSON"},
                 "searchCustomerCardNumber": {"value": "%s"}}}""".formatted(card)), 403, "azonosítóját a rendszer adja");
        assertThat(casesSearchingFor(card)).isZero();

        HttpResponse<String> honest = agent.post(SUBMIT_START_FORM, """
                {"variables": {"searchCustomerType": {"value": "PERSON"}, "searchCustomerCardNumber": {"value": "%s"}}}"""
                .formatted(card));
        assertThat(honest.statusCode()).as(honest.body()).isEqualTo(200);
        assertThat(casesSearchingFor(card)).isEqualTo(1);
    }

    // --- variables outside a form submission ---

    static Stream<Arguments> variableDoors() {
        return apis().flatMap(api -> Stream.of(
                Arguments.of(api, "POST", "/task/{task}/variables", MODIFICATIONS),
                Arguments.of(api, "POST", "/task/{task}/localVariables", MODIFICATIONS),
                Arguments.of(api, "PUT", "/task/{task}/variables/customerOptions", OPTIONS),
                Arguments.of(api, "PUT", "/task/{task}/localVariables/customerOptions", OPTIONS),
                Arguments.of(api, "DELETE", "/task/{task}/variables/customerOptions", null),
                Arguments.of(api, "DELETE", "/task/{task}/localVariables/customerOptions", null),
                Arguments.of(api, "POST", "/process-instance/{case}/variables", MODIFICATIONS),
                Arguments.of(api, "PUT", "/process-instance/{case}/variables/customerOptions", OPTIONS),
                Arguments.of(api, "DELETE", "/process-instance/{case}/variables/customerOptions", null),
                Arguments.of(api, "POST", "/execution/{case}/localVariables", MODIFICATIONS),
                Arguments.of(api, "PUT", "/execution/{case}/localVariables/customerOptions", OPTIONS),
                Arguments.of(api, "DELETE", "/execution/{case}/localVariables/customerOptions", null),
                Arguments.of(api, "POST", "/process-instance/variables-async", null)));
    }

    private static final String OPTIONS = """
            {"type": "Json", "value": "[{\\"label\\": \\"Tóth Ödön\\", \\"value\\": \\"{customer}\\"}]"}""";
    private static final String MODIFICATIONS = "{\"modifications\": {\"customerOptions\": " + OPTIONS
            + "}, \"deletions\": [\"customerResults\"]}";

    @ParameterizedTest(name = "{0}: {1} {2}")
    @MethodSource("variableDoors")
    void variablesChangeOnlyByAFormSubmission(String kind, String method, String path, String body) {
        String card = newEligibleCustomer(false);
        ProcessInstance instance = startSearch(SEARCH_CUSTOMER_CARD_NUMBER, card);
        assertThat(instance).isWaitingAt(IDENTIFY_CUSTOMER);
        String options = variable(instance, CUSTOMER_OPTIONS);
        String foreign = String.valueOf(customers.findIdByCardNumber(newEligibleCustomer(false)).orElseThrow());
        String json = body == null && path.endsWith("variables-async")
                ? "{\"processInstanceIds\": [\"" + instance.getId() + "\"], \"variables\": {\"customerOptions\": "
                        + OPTIONS.replace("{customer}", foreign) + "}}"
                : body == null ? null : body.replace("{customer}", foreign);

        long batchesBefore = managementService.createBatchQuery().count();
        HttpResponse<String> answer = api(kind, "agent").send(method,
                path.replace("{task}", task(instance).getId()).replace("{case}", instance.getId()), json);

        assertRefused(answer, 403, "Az ügy adatai csak a feladat űrlapjának beküldésével változhatnak.");
        assertThat(variable(instance, CUSTOMER_OPTIONS)).isEqualTo(options);
        assertThat(runtimeService.getVariable(instance.getId(), ProcessConstants.Variable.CUSTOMER_RESULTS)).isNotNull();
        assertThat(managementService.createBatchQuery().count()).isEqualTo(batchesBefore);
    }

    // --- submissions with variables that are not the form's fields ---

    @ParameterizedTest(name = "{0}")
    @MethodSource("apis")
    void anIdentificationWithAForgedOptionListOrExtraVariablesIsABadRequestAndWritesNothing(String kind) {
        String card = newEligibleCustomer(false);
        ProcessInstance instance = startSearch(SEARCH_CUSTOMER_CARD_NUMBER, card);
        String taskId = task(instance).getId();
        String notFound = String.valueOf(customers.findIdByCardNumber("100000004").orElseThrow());
        String forged = """
                {"variables": {"customerId": {"value": "%s"}, "identityDocumentType": {"value": "ID_CARD"},
                 "identityDocumentNumber": {"value": "123456AB"}, "identityVerified": {"value": true},
                 "identifyDecision": {"value": "IDENTIFIED"},
                 "customerOptions": {"type": "Json", "value": "[{\\"label\\": \\"Tóth Ödön\\", \\"value\\": \\"%s\\"}]"},
                 "eligible": {"value": true}}}""".formatted(notFound, notFound);
        EngineApi agent = api(kind, "agent");

        for (String door : List.of("/submit-form", "/complete")) {
            HttpResponse<String> answer = agent.post("/task/" + taskId + door, forged);
            assertRefused(answer, 400, "Az űrlapon nincs ilyen mező: customerOptions, eligible");
        }
        assertThat(instance).isWaitingAt(IDENTIFY_CUSTOMER);
        assertThat(runtimeService.getVariable(instance.getId(), CUSTOMER_ID)).isNull();
        assertThat(variable(instance, CUSTOMER_OPTIONS)).doesNotContain("Tóth Ödön");
    }

    static Stream<Arguments> laterSteps() {
        return apis().flatMap(api -> Stream.of(
                Arguments.of(api, REVIEW_PARTNER_DATA, "{\"reviewDecision\": {\"value\": \"CONTINUE\"}"),
                Arguments.of(api, CORRECT_CUSTOMER_DATA, "{\"correctionDecision\": {\"value\": \"SAVE\"}, "
                        + "\"newMobileNumber\": {\"value\": \"06 30 999 8877\"}"),
                Arguments.of(api, COLLECT_SIGNATURE, "{\"signatureConfirmed\": {\"value\": true}, "
                        + "\"signatureDecision\": {\"value\": \"SIGNED\"}"),
                Arguments.of(api, ACKNOWLEDGE_INELIGIBILITY, "{\"ineligibilityAcknowledged\": {\"value\": true}")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("laterSteps")
    void aLaterStepCannotSwitchTheCaseToAnotherCustomer(String kind, String step, String honestFields) {
        String card = step.equals(ACKNOWLEDGE_INELIGIBILITY) ? "100000003" : newEligibleCustomer(false);
        String other = newEligibleCustomer(false);
        long otherId = customers.findIdByCardNumber(other).orElseThrow();
        ProcessInstance instance = caseAt(step, card);
        String ownCustomer = variable(instance, CUSTOMER_ID);
        String ownMobile = mobileNumberOf(card);
        long smsBefore = smsCount();
        String taskId = task(instance).getId();

        for (String door : List.of("/submit-form", "/complete")) {
            HttpResponse<String> answer = api(kind, "agent").post("/task/" + taskId + door,
                    "{\"variables\": " + honestFields + ", \"customerId\": {\"value\": \"" + otherId + "\"}}}");
            assertRefused(answer, 400, "Az űrlapon nincs ilyen mező: customerId");
        }
        assertThat(instance).isWaitingAt(step);
        assertThat(variable(instance, CUSTOMER_ID)).isEqualTo(ownCustomer);
        assertThat(mobileNumberOf(card)).isEqualTo(ownMobile);
        assertThat(mobileNumberOf(other)).isEqualTo("+36301112222");
        assertThat(smsCount()).isEqualTo(smsBefore);
    }

    // --- who has a task ---

    @ParameterizedTest(name = "{0}")
    @MethodSource("apis")
    void onlyASupervisorHandsATaskToAnotherAgent(String kind) throws IOException {
        ProcessInstance instance = caseAt(REVIEW_PARTNER_DATA, newEligibleCustomer(false));
        String taskId = task(instance).getId();
        String task = "/task/" + taskId;
        EngineApi agent = api(kind, "agent");
        EngineApi agent2 = api(kind, "agent2");
        String review = "{\"variables\": {\"reviewDecision\": {\"value\": \"CONTINUE\"}}}";

        assertRefused(agent2.post(task + "/claim", "{\"userId\": \"agent2\"}"), 403, "csak csoportvezető adhat át");
        assertRefused(agent2.post(task + "/submit-form", review), 403, "nem Önhöz tartozik");
        assertRefused(agent2.post(task + "/complete", review), 403, "nem Önhöz tartozik");
        assertRefused(agent.post(task + "/assignee", "{\"userId\": \"agent2\"}"), 403, "csak csoportvezető adhat át");
        assertRefused(agent.post(task + "/delegate", "{\"userId\": \"agent2\"}"), 403, "csak csoportvezető adhat át");
        assertRefused(agent.post(task + "/unclaim", null), 403, "csak csoportvezető adhat át");
        assertRefused(agent.post(task + "/identity-links", "{\"userId\": \"agent2\", \"type\": \"candidate\"}"), 403,
                "csak csoportvezető adhat át");
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("agent");

        EngineApi supervisor = api(kind, "supervisor");
        assertRefused(supervisor.post(task + "/claim", "{\"userId\": \"supervisor\"}"), 403, "csak ügyintézőnek");
        assertRefused(supervisor.post(task + "/assignee", "{\"userId\": \"auditor\"}"), 403, "csak ügyintézőnek");
        HttpResponse<String> handed = supervisor.post(task + "/assignee", "{\"userId\": \"agent2\"}");
        assertThat(handed.statusCode()).as(handed.body()).isEqualTo(204);

        assertRefused(agent.post(task + "/submit-form", review), 403, "nem Önhöz tartozik");
        HttpResponse<String> completed = agent2.post(task + "/submit-form", review);
        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
        assertThat(instance).isWaitingAt(COLLECT_SIGNATURE);

        JsonNode assignments = json.readTree(http().get("/engine-rest/history/user-operation?taskId=" + taskId
                + "&operationType=Assign", "admin").body());
        assertThat(assignments).hasSize(1);
        assertThat(assignments.get(0).get("userId").asText()).isEqualTo("supervisor");
        assertThat(assignments.get(0).get("property").asText()).isEqualTo("assignee");
        assertThat(assignments.get(0).get("orgValue").asText()).isEqualTo("agent");
        assertThat(assignments.get(0).get("newValue").asText()).isEqualTo("agent2");
        JsonNode completion = json.readTree(http().get("/engine-rest/history/user-operation?taskId=" + taskId
                + "&operationType=Complete", "admin").body());
        assertThat(completion.get(0).get("userId").asText()).isEqualTo("agent2");
    }

    // --- messages, signals, jobs, deletion, suspension, modification ---

    @ParameterizedTest(name = "{0}")
    @MethodSource("apis")
    void onlyTheApplicationDeliversACodesFateToTheCase(String kind) {
        ProcessInstance instance = signedRequestFor(newEligibleCustomer(false));
        runJob(instance);
        assertThat(instance).isWaitingAt(AWAIT_REDEMPTION);
        EngineApi agent = api(kind, "agent");

        assertRefused(agent.post("/message", """
                {"messageName": "SecurityCodeRedeemed", "processInstanceId": "%s",
                 "processVariables": {"codeStatus": {"value": "REDEEMED"}}}""".formatted(instance.getId())), 403,
                "Üzenetet vagy jelzést egy ügynek csak a rendszer küldhet.");
        assertRefused(agent.post("/message", """
                {"messageName": "SecurityCodeRedeemed", "all": true}"""), 403, "csak a rendszer küldhet");
        assertRefused(agent.post("/signal", "{\"name\": \"SecurityCodeRedeemed\"}"), 403, "csak a rendszer küldhet");

        assertThat(instance).isWaitingAt(AWAIT_REDEMPTION);
        assertThat(variable(instance, CODE_STATUS)).isEqualTo("ACTIVE");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("apis")
    void jobsAndTheCaseItselfAreTheAdministratorsTools(String kind) {
        ProcessInstance instance = signedRequestFor(newEligibleCustomer(false));
        Job sending = managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
        long smsBefore = smsCount();
        EngineApi agent = api(kind, "agent");
        String pi = "/process-instance/" + instance.getId();

        assertRefused(agent.post("/job/" + sending.getId() + "/execute", null), 403, CLOSED);
        assertRefused(agent.put("/job/" + sending.getId() + "/retries", "{\"retries\": 0}"), 403, CLOSED);
        assertRefused(agent.put("/job/" + sending.getId() + "/duedate", "{\"duedate\": \"2030-01-01T00:00:00.000+0000\"}"),
                403, CLOSED);
        assertRefused(agent.post("/job/retries", "{\"jobIds\": [\"" + sending.getId() + "\"], \"retries\": 5}"), 403,
                CLOSED);
        assertRefused(agent.post(pi + "/modification", """
                {"instructions": [{"type": "startBeforeActivity", "activityId": "EndEvent_AccessGranted"}],
                 "skipCustomListeners": true}"""), 403, "Egy ügy lépéseit csak adminisztrátor módosíthatja.");
        assertRefused(agent.post(pi + "/modification-async", """
                {"instructions": [{"type": "cancel", "activityId": "Task_SendSecurityCode"}]}"""), 403,
                "lépéseit csak adminisztrátor");
        assertRefused(agent.put(pi + "/suspended", "{\"suspended\": true}"), 403, CLOSED);
        assertRefused(agent.delete(pi), 403, CLOSED);
        assertRefused(agent.post("/process-instance/delete", "{\"processInstanceIds\": [\"" + instance.getId()
                + "\"], \"deleteReason\": \"x\"}"), 403, CLOSED);

        assertThat(instance).isWaitingAt(SEND_SECURITY_CODE);
        Job unchanged = managementService.createJobQuery().jobId(sending.getId()).singleResult();
        assertThat(unchanged.getRetries()).isEqualTo(sending.getRetries());
        assertThat(unchanged.getDuedate()).isEqualTo(sending.getDuedate());
        assertThat(unchanged.isSuspended()).isFalse();
        assertThat(smsCount()).isEqualTo(smsBefore);
    }

    // --- the Java API, comments and attachments ---

    @Test
    void theJavaApiIsGuardedAsWellAndCommentsAndAttachmentsAreTheAdministratorsTools() {
        ProcessInstance instance = caseAt(COLLECT_SIGNATURE, newEligibleCustomer(false));
        String taskId = task(instance).getId();

        assertThatThrownBy(() -> asAgent(() -> taskService.createAttachment("application/pdf", taskId,
                instance.getId(), "alairt-nyomtatvany.pdf", "aláírt", new ByteArrayInputStream(new byte[] {1}))))
                .isInstanceOf(ClosedDoorException.class).hasMessageContaining(CLOSED);
        assertThatThrownBy(() -> asAgent(() -> taskService.createComment(taskId, instance.getId(),
                "Az ügyfél aláírta.")))
                .isInstanceOf(ClosedDoorException.class).hasMessageContaining(CLOSED);
        assertThatThrownBy(() -> asAgent(() -> runtimeService.setVariable(instance.getId(),
                ProcessConstants.Variable.SIGNATURE_CONFIRMED, true)))
                .isInstanceOf(ClosedDoorException.class).hasMessageContaining("űrlapjának beküldésével");
        assertThatThrownBy(() -> asAgent(() -> runtimeService.createProcessInstanceModification(instance.getId())
                .startBeforeActivity(SEND_SECURITY_CODE).execute()))
                .isInstanceOf(ClosedDoorException.class).hasMessageContaining("lépéseit csak adminisztrátor");

        assertThat(taskService.getTaskAttachments(taskId)).isEmpty();
        assertThat(taskService.getTaskComments(taskId)).isEmpty();
        assertThat(runtimeService.getVariable(instance.getId(), ProcessConstants.Variable.SIGNATURE_CONFIRMED)).isNull();
        assertThat(instance).isWaitingAt(COLLECT_SIGNATURE);
    }

    // --- administrators keep their tools ---

    @Test
    void anAdministratorRetriesAnIncidentAndModifiesACaseAndTheOperationLogShowsBoth() throws IOException {
        ProcessInstance failing = signedRequestFor(newEligibleCustomer(false));
        Job sending = managementService.createJobQuery().processInstanceId(failing.getId()).singleResult();
        managementService.setJobRetries(sending.getId(), 0);
        assertThat(runtimeService.createIncidentQuery().processInstanceId(failing.getId()).count()).isEqualTo(1);

        EngineApi admin = EngineApi.engineRest(http(), "admin");
        HttpResponse<String> retried = admin.put("/job/" + sending.getId() + "/retries", "{\"retries\": 1}");
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(204);
        assertThat(runtimeService.createIncidentQuery().processInstanceId(failing.getId()).count()).isZero();
        runJob(failing);
        assertThat(failing).isWaitingAt(AWAIT_REDEMPTION);

        ProcessInstance moved = caseAt(REVIEW_PARTNER_DATA, newEligibleCustomer(false));
        HttpResponse<String> modified = admin.post("/process-instance/" + moved.getId() + "/modification", """
                {"instructions": [{"type": "cancel", "activityId": "Task_ReviewPartnerData"},
                                  {"type": "startBeforeActivity", "activityId": "Task_IdentifyCustomer"}],
                 "annotation": "az ügyfél kérésére újra azonosítjuk"}""");
        assertThat(modified.statusCode()).as(modified.body()).isEqualTo(204);
        assertThat(moved).isWaitingAt(IDENTIFY_CUSTOMER);

        JsonNode retries = json.readTree(admin.get("/history/user-operation?jobId=" + sending.getId()
                + "&operationType=SetJobRetries").body());
        assertThat(retries).isNotEmpty();
        assertThat(retries.get(0).get("userId").asText()).isEqualTo("admin");
        JsonNode modification = json.readTree(admin.get("/history/user-operation?processInstanceId=" + moved.getId()
                + "&operationType=ModifyProcessInstance").body());
        assertThat(modification).isNotEmpty();
        assertThat(modification.get(0).get("userId").asText()).isEqualTo("admin");
        assertThat(modification.get(0).get("annotation").asText()).isEqualTo("az ügyfél kérésére újra azonosítjuk");
    }

    @Test
    void anAdministratorStillEditsACasesVariables() {
        ProcessInstance instance = caseAt(REVIEW_PARTNER_DATA, newEligibleCustomer(false));
        HttpResponse<String> edited = EngineApi.engineRest(http(), "admin").put("/process-instance/" + instance.getId()
                + "/variables/" + REVIEW_DECISION, "{\"value\": \"BACK\"}");
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(204);
        assertThat(variable(instance, REVIEW_DECISION)).isEqualTo("BACK");
        assertThat(historyService.createUserOperationLogQuery().processInstanceId(instance.getId())
                .operationType(UserOperationLogEntry.OPERATION_TYPE_SET_VARIABLE).singleResult().getUserId())
                .isEqualTo("admin");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"engine-rest", "tasklist"})
    void anHonestCaseRunsThroughTheFormsOverHttp(String kind) {
        String card = newEligibleCustomer(false);
        long customerId = customers.findIdByCardNumber(card).orElseThrow();
        EngineApi agent = api(kind, "agent");
        HttpResponse<String> started = agent.post(SUBMIT_START_FORM, """
                {"variables": {"searchCustomerType": {"value": "PERSON"}, "searchCustomerCardNumber": {"value": "%s"}}}"""
                .formatted(card));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        String id = started.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

        submitOverHttp(agent, id, """
                {"customerId": {"value": "%d"}, "identityDocumentType": {"value": "ID_CARD"},
                 "identityDocumentNumber": {"value": "123456AB"}, "identityVerified": {"value": true},
                 "identifyDecision": {"value": "IDENTIFIED"}}""".formatted(customerId));
        submitOverHttp(agent, id, "{\"reviewDecision\": {\"value\": \"CONTINUE\"}}");
        submitOverHttp(agent, id, "{\"signatureConfirmed\": {\"value\": true}, \"signatureDecision\": {\"value\": \"SIGNED\"}}");

        Job sending = managementService.createJobQuery().processInstanceId(id).singleResult();
        managementService.executeJob(sending.getId());
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(id).activityIdIn(AWAIT_REDEMPTION)
                .count()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sms_outbox WHERE recipient = ?").param("+36301112222")
                .query(Long.class).single()).isPositive();
    }

    private void submitOverHttp(EngineApi agent, String processInstanceId, String variables) {
        Task open = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
        HttpResponse<String> answer = agent.post("/task/" + open.getId() + "/submit-form",
                "{\"variables\": " + variables + "}");
        assertThat(answer.statusCode()).as(open.getTaskDefinitionKey() + ": " + answer.body()).isEqualTo(204);
    }

    // --- helpers ---

    private ProcessInstance caseAt(String step, String card) {
        ProcessInstance instance = startSearch(SEARCH_CUSTOMER_CARD_NUMBER, card);
        identify(instance, card);
        switch (step) {
            case REVIEW_PARTNER_DATA, ACKNOWLEDGE_INELIGIBILITY -> {
            }
            case CORRECT_CUSTOMER_DATA -> submit(instance, REVIEW_DECISION, "MODIFY_CUSTOMER");
            case COLLECT_SIGNATURE -> submit(instance, REVIEW_DECISION, "CONTINUE");
            default -> throw new IllegalArgumentException(step);
        }
        assertThat(instance).isWaitingAt(step);
        return instance;
    }

    private static void assertRefused(HttpResponse<String> answer, int status, String hungarianMessage) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.body()).contains(hungarianMessage);
    }

    private long casesSearchingFor(String card) {
        return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ProcessConstants.PROCESS_KEY)
                .variableValueEquals(SEARCH_CUSTOMER_CARD_NUMBER, card).count();
    }

    private long smsCount() {
        return jdbc.sql("SELECT COUNT(*) FROM sms_outbox").query(Long.class).single();
    }
}
