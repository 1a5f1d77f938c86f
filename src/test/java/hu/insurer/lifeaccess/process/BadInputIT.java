package hu.insurer.lifeaccess.process;

import static hu.insurer.lifeaccess.process.ProcessConstants.Element.CORRECT_CUSTOMER_DATA;
import static hu.insurer.lifeaccess.process.ProcessConstants.Element.IDENTIFY_CUSTOMER;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.NEW_MOBILE_NUMBER;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.REVIEW_DECISION;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.SEARCH_CUSTOMER_CARD_NUMBER;
import static hu.insurer.lifeaccess.support.DemoCustomerFixtures.DOROTTYA_MOBILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import hu.insurer.lifeaccess.support.CamundaHttp;

/**
 * Text too long for its field or column, sent past Tasklist's browser checks, is refused with 400 and a Hungarian
 * message; nothing is written, and no answer names a Java exception.
 */
class BadInputIT extends ProcessTest {

    private static final String TEN_THOUSAND = "3".repeat(10_000);
    private static final String THREE_MEGABYTES = "x".repeat(3 * 1024 * 1024);
    private static final Pattern HUNGARIAN = Pattern.compile("[áéíóöőúüű]");
    private static final String START = "/engine-rest/process-definition/key/" + ProcessConstants.PROCESS_KEY;

    @Test
    void aTenThousandCharacterMobileNumberIsRefusedAndNothingIsWritten() {
        String card = newEligibleCustomer(false);
        ProcessInstance instance = atTheCorrectionScreen(card);
        String taskId = task(instance).getId();

        HttpResponse<String> refused = http().postJson("/engine-rest/task/" + taskId + "/submit-form", "agent",
                correction(TEN_THOUSAND));

        assertRefusedInHungarian(refused);
        assertThat(refused.body()).contains("Új mobilszám", "legfeljebb 40 karakter");
        assertNothingWritten(instance, taskId, card);
    }

    @Test
    void aThreeMegabyteMobileNumberFromTasklistIsRefusedAndNothingIsWritten() {
        String card = newEligibleCustomer(false);
        ProcessInstance instance = atTheCorrectionScreen(card);
        String taskId = task(instance).getId();
        CamundaHttp tasklist = http();
        assertThat(tasklist.webappLogin("tasklist", "agent", "agent").statusCode()).isEqualTo(200);
        assertThat(tasklist.webappGet("/camunda/api/engine/engine/default/task/" + taskId).statusCode()).isEqualTo(200);

        HttpResponse<String> refused = tasklist.webappPostJson(
                "/camunda/api/engine/engine/default/task/" + taskId + "/submit-form", correction(THREE_MEGABYTES));

        assertRefusedInHungarian(refused);
        assertThat(refused.body()).contains("legfeljebb 40 karakter");
        assertNothingWritten(instance, taskId, card);
    }

    @Test
    void aThreeMegabyteExtraTextIsRefusedAndNothingIsWritten() {
        String card = newEligibleCustomer(false);
        ProcessInstance instance = atTheCorrectionScreen(card);
        String taskId = task(instance).getId();

        HttpResponse<String> refused = http().postJson("/engine-rest/task/" + taskId + "/submit-form", "agent",
                "{\"variables\": {\"newMobileNumber\": {\"value\": \"" + DOROTTYA_MOBILE + "\", \"type\": \"String\"},"
                        + " \"correctionDecision\": {\"value\": \"SAVE\", \"type\": \"String\"},"
                        + " \"megjegyzes\": {\"value\": \"" + THREE_MEGABYTES + "\", \"type\": \"String\"}}}");

        assertRefusedInHungarian(refused);
        assertNothingWritten(instance, taskId, card);
        assertThat(runtimeService.getVariable(instance.getId(), "megjegyzes")).isNull();
    }

    @Test
    void aTextTooLongForTheEnginesColumnInAStartFormIsABadRequestNotAServerError() {
        long casesBefore = runtimeService.createProcessInstanceQuery().count();

        HttpResponse<String> refused = http().postJson(START + "/submit-form", "agent", "{\"variables\": {"
                + "\"searchCustomerType\": {\"value\": \"PERSON\", \"type\": \"String\"},"
                + "\"searchCountry\": {\"value\": \"HU\", \"type\": \"String\"},"
                + "\"searchCustomerCardNumber\": {\"value\": \"123456789\", \"type\": \"String\"},"
                + "\"megjegyzes\": {\"value\": \"" + "y".repeat(5_000) + "\", \"type\": \"String\"}}}");

        assertRefusedInHungarian(refused);
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(casesBefore);
    }

    @Test
    void tenThousandCharactersInTheSearchAndTheIdentificationFormsAreRefused() {
        HttpResponse<String> search = http().postJson(START + "/submit-form", "agent", "{\"variables\": {"
                + "\"searchCustomerType\": {\"value\": \"PERSON\", \"type\": \"String\"},"
                + "\"searchCountry\": {\"value\": \"HU\", \"type\": \"String\"},"
                + "\"searchName\": {\"value\": \"" + "Kovács ".repeat(1_500) + "\", \"type\": \"String\"}}}");
        assertRefusedInHungarian(search);

        ProcessInstance instance = startSearch(SEARCH_CUSTOMER_CARD_NUMBER, newEligibleCustomer(false));
        assertThat(instance).isWaitingAt(IDENTIFY_CUSTOMER);
        HttpResponse<String> identification = http().postJson("/engine-rest/task/" + task(instance).getId()
                + "/submit-form", "agent", "{\"variables\": {"
                + "\"identityDocumentNumber\": {\"value\": \"" + "A".repeat(10_000) + "\", \"type\": \"String\"},"
                + "\"identifyDecision\": {\"value\": \"IDENTIFIED\", \"type\": \"String\"}}}");
        assertRefusedInHungarian(identification);
        assertThat(instance).isWaitingAt(IDENTIFY_CUSTOMER);
    }

    @Test
    void fiveThousandCharacterFieldsToThePortalAreRefusedInHungarian() {
        for (String body : new String[] {
                "{\"customerCardNumber\": \"" + "1".repeat(5_000) + "\", \"birthDate\": \"1970-01-01\", \"code\": \"2222-2222-22\"}",
                "{\"customerCardNumber\": \"123456789\", \"birthDate\": \"" + "1".repeat(5_000) + "\", \"code\": \"2222-2222-22\"}",
                "{\"customerCardNumber\": \"123456789\", \"birthDate\": \"1970-01-01\", \"code\": \"" + "A".repeat(5_000) + "\"}",
                "{\"customerCardNumber\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}"}) {
            for (HttpResponse<String> refused : new HttpResponse[] {
                    http().postJson("/api/portal/security-code-redemptions", "portal", body),
                    http().postJson("/portal/redemptions", null, body)}) {
                assertRefusedInHungarian(refused);
            }
        }
    }

    @Test
    void theEngineApisOtherErrorsNameNoJavaException() {
        HttpResponse<String> missingTask = http().get("/engine-rest/task/no-such-task", "agent");
        assertThat(missingTask.statusCode()).isEqualTo(404);
        assertThat(missingTask.body()).contains("\"type\":\"NotFound\"").doesNotContain("Exception");

        HttpResponse<String> unknownMessage = http().postJson("/engine-rest/message", "admin",
                "{\"messageName\": \"no-such-message\"}");
        assertThat(unknownMessage.statusCode()).isEqualTo(400);
        assertThat(unknownMessage.body()).doesNotContain("Exception");

        HttpResponse<String> brokenJson = http().postJson(START + "/submit-form", "agent", "{\"variables\": ");
        assertThat(brokenJson.statusCode()).isEqualTo(400);
        assertThat(brokenJson.body()).doesNotContain("Exception").doesNotContain("com.fasterxml");
    }

    private ProcessInstance atTheCorrectionScreen(String card) {
        ProcessInstance instance = startSearch(SEARCH_CUSTOMER_CARD_NUMBER, card);
        identify(instance, card);
        submit(instance, REVIEW_DECISION, "MODIFY_CUSTOMER");
        assertThat(instance).isWaitingAt(CORRECT_CUSTOMER_DATA);
        return instance;
    }

    private static String correction(String mobileNumber) {
        return "{\"variables\": {\"newMobileNumber\": {\"value\": \"" + mobileNumber + "\", \"type\": \"String\"},"
                + " \"correctionDecision\": {\"value\": \"SAVE\", \"type\": \"String\"}}}";
    }

    private static void assertRefusedInHungarian(HttpResponse<String> refused) {
        String start = refused.body().length() > 300 ? refused.body().substring(0, 300) : refused.body();
        assertThat(refused.statusCode()).as(start).isEqualTo(400);
        assertThat(refused.body()).as(start).hasSizeLessThan(2_000).doesNotContain("Exception")
                .doesNotContain("java.").doesNotContain("org.").doesNotContain("SQL");
        assertThat(HUNGARIAN.matcher(refused.body()).find()).as(start + " is in Hungarian").isTrue();
    }

    private void assertNothingWritten(ProcessInstance instance, String taskId, String card) {
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).as("the task stays open").isEqualTo(1);
        assertThat(runtimeService.getVariable(instance.getId(), NEW_MOBILE_NUMBER)).isNull();
        assertThat(jdbc.sql("SELECT mobile_number FROM customer WHERE customer_card_number = ?").param(card)
                .query(String.class).single()).isEqualTo("+36301112222");
    }
}
