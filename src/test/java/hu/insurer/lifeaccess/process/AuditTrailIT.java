package hu.insurer.lifeaccess.process;

import static hu.insurer.lifeaccess.process.ProcessConstants.Element.AWAIT_REDEMPTION;
import static hu.insurer.lifeaccess.process.ProcessConstants.Element.END_ACCESS_GRANTED;
import static hu.insurer.lifeaccess.process.ProcessConstants.Element.END_CODE_EXPIRED;
import static hu.insurer.lifeaccess.process.ProcessConstants.Element.END_CODE_LOCKED;
import static hu.insurer.lifeaccess.process.ProcessConstants.Element.END_SUPERSEDED;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.CORRECTION_DECISION;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.IDENTIFY_DECISION;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.NEW_MOBILE_NUMBER;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.REVIEW_DECISION;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.SEARCH_CUSTOMER_CARD_NUMBER;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.SIGNATURE_CONFIRMED;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.SIGNATURE_DECISION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import hu.insurer.lifeaccess.support.CamundaHttp;
import hu.insurer.lifeaccess.support.CaseDriver;

/**
 * The REST queries behind the auditors' Cockpit plugin (scripts/lifeaccess-audit/plugin.js), over real HTTP: an
 * auditor reads finished cases, their variables and the operation log, through engine-rest and through the Cockpit
 * session as the plugin does, and downloads the request form from the application with that session; an agent's
 * history queries find nothing, another agent cannot download the form, and the portal client is refused. The case's own record of the data change and of the code's fate is checked here too.
 */
class AuditTrailIT extends ProcessTest {

    private static final String ENGINE_REST = "/engine-rest";
    private static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default";
    private static final String BIRTH_DATE = "1975-05-05";
    private static final String PLUGIN = "/camunda/app/cockpit/scripts/lifeaccess-audit/";
    private static final String CONFIG_JS = "META-INF/resources/webjars/camunda/app/cockpit/scripts/config.js";

    private final ObjectMapper json = new ObjectMapper();

    /** One finished case shared by the tests (the application and its database are shared too). */
    private static FinishedCase shared;

    private ProcessInstance finished;
    private String card;
    private String code;

    private record FinishedCase(ProcessInstance instance, String card, String code) {
    }

    @BeforeEach
    void aFinishedCase() {
        if (shared == null) {
            shared = aCaseRunToItsEndWithADataChangeAndAnExpiredCode();
        }
        finished = shared.instance();
        card = shared.card();
        code = shared.code();
    }

    /** Data change, request form, code sent, one wrong code, then the code expires. */
    private FinishedCase aCaseRunToItsEndWithADataChangeAndAnExpiredCode() {
        String cardNumber = newEligibleCustomer(true);
        ProcessInstance instance = startSearch(SEARCH_CUSTOMER_CARD_NUMBER, cardNumber);
        identify(instance, cardNumber);
        submit(instance, REVIEW_DECISION, "MODIFY_CUSTOMER");
        submit(instance, CORRECTION_DECISION, "SAVE", NEW_MOBILE_NUMBER, "06 70 555 1234");
        submit(instance, REVIEW_DECISION, "CONTINUE");
        submit(instance, SIGNATURE_CONFIRMED, true, SIGNATURE_DECISION, "SIGNED");
        runJob(instance);
        String sentCode = cases().codeOf(instance);
        assertThat(redeem(cardNumber, CaseDriver.wrongCodeFor(sentCode)).statusCode()).isEqualTo(422);
        cases().expireCode(instance);
        assertThat(instance).isEnded().hasPassed(END_CODE_EXPIRED);
        return new FinishedCase(instance, cardNumber, sentCode);
    }

    @Test
    void anAuditorFindsTheFinishedCaseByCardNumberAgentAndOutcomeOverEngineRest() throws IOException {
        JsonNode byCard = postJson(ENGINE_REST + "/history/process-instance", "auditor", """
                {"processDefinitionKey": "SecurityCodeIssuanceProcess", "startedBy": "agent", "finished": true,
                 "executedActivityIdIn": ["EndEvent_CodeExpired"],
                 "orQueries": [{"variables": [
                   {"name": "partnerCustomerCardNumber", "operator": "eq", "value": "%s"},
                   {"name": "searchCustomerCardNumber", "operator": "eq", "value": "%s"}]}],
                 "sorting": [{"sortBy": "startTime", "sortOrder": "desc"}]}""".formatted(card, card));
        assertThat(byCard).hasSize(1);
        assertThat(byCard.get(0).get("id").asText()).isEqualTo(finished.getId());
        assertThat(byCard.get(0).get("startUserId").asText()).isEqualTo("agent");
        assertThat(byCard.get(0).get("state").asText()).isEqualTo("COMPLETED");
        assertThat(byCard.get(0).get("endTime").isNull()).isFalse();
        assertThat(byCard.get(0).get("removalTime").isNull()).as("retention applies").isFalse();

        JsonNode otherOutcome = postJson(ENGINE_REST + "/history/process-instance", "auditor", """
                {"processInstanceIds": ["%s"], "executedActivityIdIn": ["EndEvent_AccessGranted"]}"""
                .formatted(finished.getId()));
        assertThat(otherOutcome).isEmpty();
    }

    @Test
    void anAuditorReadsTheCaseVariablesHistoryDetailsAndOperationLogButNeverTheCode() throws IOException {
        String id = finished.getId();
        HttpResponse<String> variables = http().postJson(ENGINE_REST + "/history/variable-instance?deserializeValues=false",
                "auditor", """
                {"processInstanceId": "%s", "variableNameIn": ["caseNumber", "identifiedBy", "identifiedAt",
                 "identityDocumentType", "identityDocumentNumber", "customerDataChanges", "codeStatus",
                 "codeFailedAttempts", "codeSentTo", "codeExpiresAt", "requestFormNotice"]}"""
                .formatted(id));
        assertThat(variables.statusCode()).isEqualTo(200);
        JsonNode byName = byName(json.readTree(variables.body()));
        String caseNumber = byName.get("caseNumber").get("value").asText();
        assertThat(caseNumber).matches("ÜBK-\\d{4}-\\d{6}");
        assertThat(historyService().createHistoricProcessInstanceQuery().processInstanceId(id).singleResult()
                .getBusinessKey()).isEqualTo(caseNumber);
        assertThat(byName.get("identifiedBy").get("value").asText()).isEqualTo("agent");
        assertThat(byName.get("identifiedAt").get("type").asText()).isEqualTo("Date");
        assertThat(byName.get("identityDocumentType").get("value").asText()).isEqualTo("ID_CARD");
        assertThat(byName.get("identityDocumentNumber").get("value").asText()).isEqualTo("******6AB");
        assertThat(byName.has("requestFormNotice")).as("the form was printed once, never outdated").isFalse();
        JsonNode changes = json.readTree(byName.get("customerDataChanges").get("value").asText());
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).get("field").asText()).isEqualTo("mobile_number");
        assertThat(changes.get(0).get("oldValue").asText()).isEqualTo("+36301112222");
        assertThat(changes.get(0).get("newValue").asText()).isEqualTo("+36705551234");
        assertThat(changes.get(0).get("changedBy").asText()).isEqualTo("agent");
        assertThat(changes.get(0).get("changedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(byName.get("codeStatus").get("value").asText()).isEqualTo("EXPIRED");
        assertThat(byName.get("codeFailedAttempts").get("value").asInt()).isEqualTo(1);
        assertThat(byName.get("codeSentTo").get("value").asText()).isEqualTo("+36 ***** 1234");

        HttpResponse<String> details = http().get(ENGINE_REST + "/history/detail?processInstanceId=" + id
                + "&variableUpdates=true&deserializeValues=false&sortBy=time&sortOrder=asc", "auditor");
        assertThat(details.statusCode()).isEqualTo(200);
        List<String> codeHistory = new ArrayList<>();
        List<String> documentNumbers = new ArrayList<>();
        for (JsonNode detail : json.readTree(details.body())) {
            String name = detail.get("variableName").asText();
            if (name.equals("codeStatus") || name.equals("codeFailedAttempts")) {
                assertThat(detail.get("time").isNull()).isFalse();
                codeHistory.add(name + "=" + detail.get("value").asText());
            }
            if (name.equals("identityDocumentNumber")) {
                documentNumbers.add(detail.get("value").asText());
            }
        }
        assertThat(codeHistory).containsExactly("codeStatus=ACTIVE", "codeFailedAttempts=1", "codeStatus=EXPIRED");
        // the agent's submission and the server's update of one identification: both masked
        assertThat(documentNumbers).isNotEmpty().containsOnly("******6AB");
        assertThat(details.body()).doesNotContain(CaseDriver.DOCUMENT_NUMBER);

        HttpResponse<String> completions = http().get(ENGINE_REST + "/history/user-operation?processInstanceId=" + id
                + "&operationType=Complete&sortBy=timestamp&sortOrder=asc", "auditor");
        assertThat(completions.statusCode()).isEqualTo(200);
        JsonNode completed = json.readTree(completions.body());
        // identification, review, correction, review, signature
        assertThat(completed).hasSize(5);
        completed.forEach(entry -> {
            assertThat(entry.get("userId").asText()).isEqualTo("agent");
            assertThat(entry.get("taskId").isNull()).isFalse();
        });

        HttpResponse<String> activities = http().get(ENGINE_REST + "/history/activity-instance?processInstanceId=" + id,
                "auditor");
        assertThat(activities.body()).contains("Task_SendSecurityCode", "Event_CodeExpiry", END_CODE_EXPIRED);
        HttpResponse<String> incidents = http().get(ENGINE_REST + "/history/incident?processInstanceId=" + id, "auditor");
        assertThat(incidents.statusCode()).isEqualTo(200);

        for (HttpResponse<String> answer : List.of(variables, details, completions, activities, incidents)) {
            assertThat(answer.body()).doesNotContain(code, code.replace("-", ""));
        }
    }

    @Test
    void anAuditorUsesTheCockpitSessionAsThePluginDoesAndDownloadsTheRequestFormFromTheApplication() throws IOException {
        CamundaHttp cockpit = http();
        assertThat(cockpit.webappLogin("cockpit", "auditor", "auditor").statusCode()).isEqualTo(200);
        // the login starts a new session, whose CSRF token the first GET brings (as when Cockpit opens)
        HttpResponse<String> count = cockpit.webappGet(WEBAPP_ENGINE
                + "/history/process-instance/count?processDefinitionKey=SecurityCodeIssuanceProcess&finished=true");
        assertThat(count.statusCode()).isEqualTo(200);
        assertThat(json.readTree(count.body()).get("count").asLong()).isPositive();

        HttpResponse<String> list = cockpit.webappPostJson(WEBAPP_ENGINE + "/history/process-instance?maxResults=20", """
                {"processDefinitionKey": "SecurityCodeIssuanceProcess",
                 "orQueries": [{"variables": [{"name": "partnerCustomerCardNumber", "operator": "eq", "value": "%s"}]}]}"""
                .formatted(card));
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(finished.getId());

        HttpResponse<String> pdf = cockpit.webappGet(requestFormPath(finished));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition -> assertThat(disposition)
                .startsWith("attachment").contains("igenylo-nyomtatvany-" + card + ".pdf"));
        assertThat(pdf.body()).startsWith("%PDF");
        assertThat(cockpit.getBytes(requestFormPath(finished)).body()).isEqualTo(requestFormPdf(finished));

        HttpResponse<String> operations = cockpit.webappGet(WEBAPP_ENGINE + "/history/user-operation?processInstanceId="
                + finished.getId());
        assertThat(operations.statusCode()).isEqualTo(200);
        assertThat(operations.body()).contains("\"operationType\":\"Complete\"", "\"userId\":\"agent\"");
    }

    @Test
    void anAgentCannotOpenCockpitAndItsHistoryQueriesFindNothing() throws IOException {
        assertThat(http().webappLogin("cockpit", "agent", "agent").statusCode()).isEqualTo(403);

        String id = finished.getId();
        for (String query : List.of(
                "/history/process-instance?processInstanceId=" + id,
                "/history/process-instance?processDefinitionKey=SecurityCodeIssuanceProcess",
                "/history/activity-instance?processInstanceId=" + id,
                "/history/variable-instance?processInstanceId=" + id,
                "/history/detail?processInstanceId=" + id,
                "/history/user-operation?processInstanceId=" + id,
                "/history/incident?processInstanceId=" + id,
                "/history/task?processInstanceId=" + id)) {
            HttpResponse<String> answer = http().get(ENGINE_REST + query, "agent");
            assertThat(answer.statusCode()).as(query).isEqualTo(200);
            assertThat(json.readTree(answer.body())).as(query).isEmpty();
        }
        assertThat(http().get(ENGINE_REST + "/history/variable-instance?variableName=requestForm", "auditor").body())
                .as("the PDF is no process variable").isEqualTo("[]");
    }

    /** The plugin asks with HEAD whether the form can be downloaded, and tells the auditor why not. */
    @Test
    void theRequestFormAnswersTheTrailsQuestionsWithoutItsContent() throws IOException {
        CamundaHttp auditor = http();
        assertThat(auditor.webappLogin("cockpit", "auditor", "auditor").statusCode()).isEqualTo(200);
        HttpResponse<Void> available = auditor.head(requestFormPath(finished));
        assertThat(available.statusCode()).isEqualTo(200);
        assertThat(available.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(disposition -> assertThat(disposition).contains("igenylo-nyomtatvany-" + card + ".pdf"));
        assertThat(available.headers().firstValueAsLong("Content-Length")).hasValue(requestFormPdf(finished).length);

        HttpResponse<String> missing = auditor.webappGet(requestFormPath(aCaseCancelledBeforeAnyForm()));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json.readTree(missing.body()).get("message").asText()).contains("nem készült");

        HttpResponse<String> anonymous = http().get(requestFormPath(finished), null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(json.readTree(anonymous.body()).get("message").asText()).contains("Jelentkezzen be");
        assertThat(http().head(requestFormPath(finished)).statusCode()).isEqualTo(401);

        CamundaHttp otherAgent = http();
        assertThat(otherAgent.webappLogin("tasklist", "agent2", "agent2").statusCode()).isEqualTo(200);
        HttpResponse<String> notTheirs = otherAgent.webappGet(requestFormPath(finished));
        assertThat(notTheirs.statusCode()).isEqualTo(404);
        assertThat(notTheirs.body()).doesNotContain("%PDF");
    }

    @Test
    void thePortalClientIsRefusedEverywhere() {
        // the portal's credential is not a Camunda user at all
        assertThat(http().webappLogin("cockpit", "portal", "portal").statusCode()).isEqualTo(401);
        for (String query : List.of("/history/process-instance?processInstanceId=" + finished.getId(),
                "/history/variable-instance?processInstanceId=" + finished.getId(),
                "/history/user-operation?processInstanceId=" + finished.getId())) {
            assertThat(http().get(ENGINE_REST + query, "portal").statusCode()).as(query).isEqualTo(401);
        }
    }

    @Test
    void theCaseRecordsEveryFateOfItsCode() {
        String locked = newEligibleCustomer(true);
        ProcessInstance lockedCase = codeSentTo(locked);
        String lockedCode = cases().codeOf(lockedCase);
        for (int attempt = 1; attempt <= 5; attempt++) {
            redeem(locked, CaseDriver.wrongCodeFor(lockedCode));
        }
        assertThat(lockedCase).isEnded().hasPassed(END_CODE_LOCKED);
        assertThat(history(lockedCase, "codeFailedAttempts")).containsExactly("1", "2", "3", "4", "5");
        assertThat(history(lockedCase, "codeStatus")).containsExactly("ACTIVE", "LOCKED");

        String customer = newEligibleCustomer(true);
        ProcessInstance superseded = codeSentTo(customer);
        ProcessInstance redeemed = codeSentTo(customer);
        assertThat(redeem(customer, cases().codeOf(redeemed)).statusCode()).isEqualTo(200);
        cases().runJob(redeemed);
        assertThat(superseded).isEnded().hasPassed(END_SUPERSEDED);
        assertThat(history(superseded, "codeStatus")).containsExactly("ACTIVE", "SUPERSEDED");
        assertThat(redeemed).isEnded().hasPassed(END_ACCESS_GRANTED);
        assertThat(history(redeemed, "codeStatus")).containsExactly("ACTIVE", "REDEEMED");
        assertThat(history(redeemed, "codeFailedAttempts")).isEmpty();
    }

    @Test
    void cockpitLoadsThePluginFromTheOriginalConfigWithOnlyCustomScriptsAdded() throws IOException {
        List<URL> configs = Collections.list(getClass().getClassLoader().getResources(CONFIG_JS));
        URL original = configs.stream().filter(url -> url.toString().contains("camunda-webapp-webjar")).findFirst()
                .orElseThrow();
        String originalText = new String(original.openStream().readAllBytes(), StandardCharsets.UTF_8);

        HttpResponse<String> served = http().get("/camunda/app/cockpit/scripts/config.js", null);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).contains("customScripts", "'scripts/lifeaccess-audit/plugin.js'");
        originalText.lines().forEach(line -> assertThat(served.body()).contains(line));

        HttpResponse<String> plugin = http().get(PLUGIN + "plugin.js", null);
        assertThat(plugin.statusCode()).isEqualTo(200);
        assertThat(plugin.body()).contains("export default", "cockpit.route", "cockpit.navigation");
        // the browser runs an imported module only when it is served as JavaScript
        Matcher imports = Pattern.compile("from '\\./([a-z-]+\\.js)'").matcher(plugin.body());
        List<String> modules = new ArrayList<>();
        while (imports.find()) {
            modules.add(imports.group(1));
        }
        assertThat(modules).contains("api.js", "case-page.js", "list.js");
        for (String module : modules) {
            HttpResponse<String> moduleFile = http().get(PLUGIN + module, null);
            assertThat(moduleFile.statusCode()).as(module).isEqualTo(200);
            assertThat(moduleFile.headers().firstValue("Content-Type")).as(module)
                    .hasValueSatisfying(type -> assertThat(type).matches("(text|application)/javascript.*"));
        }
        assertThat(http().get(PLUGIN + "audit.css", null).statusCode())
                .isEqualTo(200);
    }

    private ProcessInstance codeSentTo(String cardNumber) {
        ProcessInstance instance = signedRequestFor(cardNumber);
        runJob(instance);
        assertThat(instance).isWaitingAt(AWAIT_REDEMPTION);
        return instance;
    }

    /** The values a variable had in the case, oldest first (its history details). */
    private List<String> history(ProcessInstance instance, String variable) {
        return engine.getHistoryService().createHistoricDetailQuery().processInstanceId(instance.getId())
                .variableUpdates().orderByTime().asc().orderPartiallyByOccurrence().asc().list().stream()
                .map(HistoricVariableUpdate.class::cast)
                .filter(update -> update.getVariableName().equals(variable))
                .map(update -> String.valueOf(update.getValue()))
                .toList();
    }

    private static String requestFormPath(ProcessInstance instance) {
        return "/api/cases/" + instance.getId() + "/request-form";
    }

    private ProcessInstance aCaseCancelledBeforeAnyForm() {
        String cardNumber = newEligibleCustomer(false);
        ProcessInstance instance = startSearch(SEARCH_CUSTOMER_CARD_NUMBER, cardNumber);
        submit(instance, IDENTIFY_DECISION, "CANCEL");
        assertThat(instance).isEnded();
        return instance;
    }

    private HistoryService historyService() {
        return engine.getHistoryService();
    }

    private JsonNode postJson(String path, String user, String body) throws IOException {
        HttpResponse<String> answer = http().postJson(path, user, body);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body());
    }

    private JsonNode byName(JsonNode variables) {
        ObjectNode byName = json.createObjectNode();
        variables.forEach(variable -> byName.set(variable.get("name").asText(), variable));
        return byName;
    }

    private HttpResponse<String> redeem(String cardNumber, String code) {
        return CaseDriver.redeem(http(), cardNumber, BIRTH_DATE, code);
    }
}
