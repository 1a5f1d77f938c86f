package hu.insurer.lifeaccess.process;

import static hu.insurer.lifeaccess.process.ProcessConstants.Element.AWAIT_REDEMPTION;
import static hu.insurer.lifeaccess.process.ProcessConstants.Element.ACCESS_GRANTED;
import static hu.insurer.lifeaccess.process.ProcessConstants.Element.END_ACCESS_GRANTED;
import static hu.insurer.lifeaccess.process.ProcessConstants.Element.END_CODE_EXPIRED;
import static hu.insurer.lifeaccess.process.ProcessConstants.Element.END_CODE_LOCKED;
import static hu.insurer.lifeaccess.process.ProcessConstants.Element.END_SUPERSEDED;
import static hu.insurer.lifeaccess.process.ProcessConstants.Element.EXPIRE_SECURITY_CODE;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.SECURITY_CODE_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import hu.insurer.lifeaccess.casefile.CaseState;
import hu.insurer.lifeaccess.eligibility.EligibilityTableFile;
import hu.insurer.lifeaccess.support.CaseDriver;
import hu.insurer.lifeaccess.support.SmsInbox;

/**
 * Kód küldése and what follows: the SMS, redemption on the portal API over HTTP, single use, the lock after five
 * wrong codes, expiry, supersede and concurrent redemptions — each ending the case at its own end event.
 */
class SecurityCodeLifecycleIT extends ProcessTest {

    private static final String API = "/api/portal/security-code-redemptions";
    private static final String BIRTH_DATE = "1975-05-05";

    @Test
    void anExtensionIsRedeemedOnceAndTheCaseEndsWithAccessGranted() {
        String card = newEligibleCustomer(true);
        ProcessInstance instance = codeSentTo(card);
        String code = codeOf(instance);
        assertThat(smsTextOf(instance)).contains("Ne adja ki senkinek").contains(code);

        HttpResponse<String> redeemed = redeem(card, BIRTH_DATE, code.toLowerCase().replace("-", " "));
        assertThat(redeemed.statusCode()).isEqualTo(200);
        assertThat(redeemed.body()).isEqualTo("{\"outcome\":\"EXTENDED\"}");
        assertThat(instance).as("the case closes after the answer").isWaitingAt(ACCESS_GRANTED);
        runJob(instance);
        assertThat(instance).isEnded().hasPassed(END_ACCESS_GRANTED);
        assertThat(scopesOf(card)).containsExactlyInAnyOrder("NON_LIFE", "LIFE");
        assertThat(statusOf(instance)).isEqualTo("REDEEMED");

        HttpResponse<String> again = redeem(card, BIRTH_DATE, code);
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("CODE_ALREADY_USED");
    }

    @Test
    void aRegistrationOpensThePortalAccount() {
        String card = newEligibleCustomer(false);
        ProcessInstance instance = codeSentTo(card);

        HttpResponse<String> redeemed = redeem(card, BIRTH_DATE, codeOf(instance));
        assertThat(redeemed.statusCode()).isEqualTo(200);
        assertThat(redeemed.body()).contains("REGISTERED");
        assertThat(scopesOf(card)).containsExactly("LIFE");
        runJob(instance);
        assertThat(instance).isEnded().hasPassed(END_ACCESS_GRANTED);
    }

    @Test
    void fiveWrongCodesLockTheCodeAndTheRightOneIsRefusedAfterwards() {
        String card = newEligibleCustomer(true);
        ProcessInstance instance = codeSentTo(card);
        String code = codeOf(instance);
        String wrong = code.startsWith("2") ? "3" + code.substring(1) : "2" + code.substring(1);

        for (int attempt = 1; attempt <= 4; attempt++) {
            HttpResponse<String> refused = redeem(card, BIRTH_DATE, wrong);
            assertThat(refused.statusCode()).as("attempt " + attempt).isEqualTo(422);
            assertThat(refused.body()).contains("INVALID_CODE");
        }
        assertThat(instance).isWaitingAt(AWAIT_REDEMPTION);
        HttpResponse<String> fifth = redeem(card, BIRTH_DATE, wrong);
        assertThat(fifth.statusCode()).isEqualTo(423);
        assertThat(fifth.body()).contains("CODE_LOCKED");

        HttpResponse<String> right = redeem(card, BIRTH_DATE, code);
        assertThat(right.statusCode()).isEqualTo(423);
        assertThat(right.body()).contains("CODE_LOCKED");
        assertThat(instance).isEnded().hasPassed(END_CODE_LOCKED);
        assertThat(scopesOf(card)).containsExactly("NON_LIFE");
    }

    @Test
    void whenTheValidityEndsTheCodeExpiresAndIsRefused() {
        String card = newEligibleCustomer(true);
        ProcessInstance instance = codeSentTo(card);
        String code = codeOf(instance);

        Job timer = managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
        assertThat(timer.getDuedate()).isInTheFuture();
        managementService.executeJob(timer.getId());

        assertThat(instance).isEnded().hasPassed(EXPIRE_SECURITY_CODE, END_CODE_EXPIRED);
        assertThat(statusOf(instance)).isEqualTo("EXPIRED");
        HttpResponse<String> refused = redeem(card, BIRTH_DATE, code);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("CODE_EXPIRED");
    }

    @Test
    void aNewCodeSupersedesTheOldOneAndEndsTheOldCase() {
        String card = newEligibleCustomer(true);
        ProcessInstance first = codeSentTo(card);
        String firstCode = codeOf(first);

        ProcessInstance second = codeSentTo(card);
        String secondCode = codeOf(second);

        assertThat(first).isEnded().hasPassed(END_SUPERSEDED);
        assertThat(statusOf(first)).isEqualTo("SUPERSEDED");
        assertThat(redeem(card, BIRTH_DATE, firstCode).body()).contains("INVALID_CODE");
        assertThat(redeem(card, BIRTH_DATE, secondCode).statusCode()).isEqualTo(200);
        runJob(second);
        assertThat(second).isEnded().hasPassed(END_ACCESS_GRANTED);
    }

    @Test
    void ofTwoRedemptionsAtTheSameMomentExactlyOneSucceeds() throws Exception {
        String card = newEligibleCustomer(true);
        ProcessInstance instance = codeSentTo(card);
        String code = codeOf(instance);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<HttpResponse<String>>> both = List.of(
                    () -> redeem(card, BIRTH_DATE, code), () -> redeem(card, BIRTH_DATE, code));
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : pool.invokeAll(both)) {
                statuses.add(answer.get().statusCode());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 422);
        } finally {
            pool.shutdownNow();
        }
        runJob(instance);
        assertThat(instance).isEnded().hasPassed(END_ACCESS_GRANTED);
        assertThat(scopesOf(card)).containsExactlyInAnyOrder("NON_LIFE", "LIFE");
    }

    @Test
    void anUnknownCustomerAndAWrongCodeGetTheSameAnswer() {
        String card = newEligibleCustomer(true);
        ProcessInstance instance = codeSentTo(card);
        String code = codeOf(instance);

        HttpResponse<String> unknownCustomer = redeem("999999999", BIRTH_DATE, code);
        HttpResponse<String> wrongBirthDate = redeem(card, "1975-05-06", code);
        HttpResponse<String> wrongCode = redeem(card, BIRTH_DATE, "2222-2222-22");
        assertThat(List.of(unknownCustomer, wrongBirthDate, wrongCode))
                .allSatisfy(answer -> {
                    assertThat(answer.statusCode()).isEqualTo(422);
                    assertThat(answer.body()).isEqualTo("{\"error\":\"INVALID_CODE\"}");
                });
    }

    @Test
    void badInputIsRefusedWithAClearErrorAndCountsNoAttempt() {
        String card = newEligibleCustomer(true);
        ProcessInstance instance = codeSentTo(card);
        String code = codeOf(instance);

        List<String> bodies = List.of(
                "{\"birthDate\": \"" + BIRTH_DATE + "\", \"code\": \"" + code + "\"}",
                "{\"customerCardNumber\": \"" + card + "\", \"birthDate\": \"05/05/1975\", \"code\": \"" + code + "\"}",
                "{\"customerCardNumber\": \"" + card + "\", \"birthDate\": \"1975-02-30\", \"code\": \"" + code + "\"}",
                "{\"customerCardNumber\": \"" + "1".repeat(5000) + "\", \"birthDate\": \"" + BIRTH_DATE + "\", \"code\": \"" + code + "\"}",
                "{\"customerCardNumber\": \"" + card + "\", \"birthDate\": \"" + BIRTH_DATE + "\", \"code\": \"" + "A".repeat(5000) + "\"}",
                "{\"customerCardNumber\": \"" + card + "\", \"birthDate\": \"" + BIRTH_DATE + "\", \"code\": \"UUUU-UUUU-UU\"}",
                "{\"customerCardNumber\": \"" + card + "\", ",
                "[1, 2, 3]",
                "");
        for (String body : bodies) {
            HttpResponse<String> answer = http().postJson(API, "portal", body);
            assertThat(answer.statusCode()).as(body.length() > 80 ? body.substring(0, 80) : body).isEqualTo(400);
            assertThat(answer.body()).contains("BAD_REQUEST").doesNotContain("Exception");
        }
        assertThat(jdbc.sql("SELECT failed_attempts FROM security_code WHERE process_instance_id = ?")
                .param(instance.getId()).query(Integer.class).single()).isZero();
        assertThat(instance).isWaitingAt(AWAIT_REDEMPTION);
    }

    @Test
    void onlyThePortalClientMayUseTheApi() {
        String body = "{\"customerCardNumber\": \"123456789\", \"birthDate\": \"1970-01-01\", \"code\": \"2222-2222-22\"}";
        assertThat(http().postJson(API, null, body).statusCode()).isEqualTo(401);
        // staff users are Camunda users, not the portal's client
        assertThat(http().postJson(API, "agent", body).statusCode()).isEqualTo(401);
        assertThat(http().get("/api/portal/openapi", null).statusCode()).isEqualTo(401);
        HttpResponse<String> openApi = http().get("/api/portal/openapi", "portal");
        assertThat(openApi.statusCode()).isEqualTo(200);
        assertThat(openApi.body()).contains(API, "\"422\"", "\"423\"");
    }

    @Test
    void aCustomerWhoBecameIneligibleMeanwhileGetsNoCodeAndTheAgentLearnsWhy() {
        String card = newEligibleCustomer(true);
        ProcessInstance waiting = signedRequestFor(card);
        ProcessInstance redeemedFirst = codeSentTo(card);
        assertThat(redeem(card, BIRTH_DATE, codeOf(redeemedFirst)).statusCode()).isEqualTo(200);

        runJob(waiting);
        assertThat(waiting).hasPassed(ProcessConstants.Element.NO_LONGER_ELIGIBLE)
                .isWaitingAt(ProcessConstants.Element.ACKNOWLEDGE_INELIGIBILITY);
        assertThat(variable(waiting, ProcessConstants.Variable.INELIGIBILITY_REASON))
                .isEqualTo(EligibilityTableFile.reasonOf("Rule_LifeAccessAlreadyGranted"));
        assertThat(runtimeService.createIncidentQuery().processInstanceId(waiting.getId()).count()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM security_code WHERE process_instance_id = ?")
                .param(waiting.getId()).query(Long.class).single()).isZero();
        submit(waiting, ProcessConstants.Variable.INELIGIBILITY_ACKNOWLEDGED, true);
        assertThat(waiting).isEnded().hasPassed(ProcessConstants.Element.END_NOT_ELIGIBLE);
        assertThat(caseFiles.find(waiting.getId()).orElseThrow().state()).isEqualTo(CaseState.NOT_ELIGIBLE);
    }

    @Test
    void aCodeWhoseCaseAnAdministratorDeletedCanStillBeRedeemedAndANewCodeStillSupersedesIt() {
        String card = newEligibleCustomer(true);
        ProcessInstance deleted = codeSentTo(card);
        String oldCode = codeOf(deleted);
        runtimeService.deleteProcessInstance(deleted.getId(), "deleted by an administrator");

        ProcessInstance next = codeSentTo(card);
        assertThat(redeem(card, BIRTH_DATE, oldCode).body()).contains("INVALID_CODE");
        HttpResponse<String> redeemed = redeem(card, BIRTH_DATE, codeOf(next));
        assertThat(redeemed.statusCode()).isEqualTo(200);
        runJob(next);
        assertThat(next).isEnded().hasPassed(END_ACCESS_GRANTED);
    }

    @Test
    void theStandInPageAnswersInHungarianEvenToBrokenJson() {
        HttpResponse<String> broken = http().postJson("/portal/redemptions", null, "{\"customerCardNumber\": ");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).contains("Adja meg az ügyfélkártyaszámot");
    }

    @Test
    void theCustomerRedeemsOnTheStandInPortalPage() {
        String card = newEligibleCustomer(false);
        ProcessInstance instance = codeSentTo(card);

        HttpResponse<String> page = http().get("/portal/", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Ügyfélbiztonsági kód", "Ügyfélkártyaszám", "Születési dátum");

        HttpResponse<String> wrong = http().postJson("/portal/redemptions", null, "{\"customerCardNumber\": \"" + card
                + "\", \"birthDate\": \"" + BIRTH_DATE + "\", \"code\": \"2222-2222-22\"}");
        assertThat(wrong.body()).contains("\"success\":false", "nem megfelelő");
        HttpResponse<String> right = http().postJson("/portal/redemptions", null, "{\"customerCardNumber\": \"" + card
                + "\", \"birthDate\": \"" + BIRTH_DATE + "\", \"code\": \"" + codeOf(instance) + "\"}");
        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(right.body()).contains("\"success\":true", "REGISTERED", "Sikeres regisztráció");
        runJob(instance);
        assertThat(instance).isEnded().hasPassed(END_ACCESS_GRANTED);
    }

    private ProcessInstance codeSentTo(String card) {
        ProcessInstance instance = signedRequestFor(card);
        runJob(instance);
        assertThat(instance).isWaitingAt(AWAIT_REDEMPTION);
        return instance;
    }

    /** What the customer reads in the SMS (from the development outbox). */
    private String codeOf(ProcessInstance instance) {
        return SmsInbox.codeIn(smsTextOf(instance));
    }

    private String smsTextOf(ProcessInstance instance) {
        return SmsInbox.textFor(jdbc, ((Number) runtimeService.getVariable(instance.getId(), SECURITY_CODE_ID)).longValue());
    }

    private String statusOf(ProcessInstance instance) {
        return jdbc.sql("SELECT status FROM security_code WHERE process_instance_id = ?").param(instance.getId())
                .query(String.class).single();
    }

    private List<String> scopesOf(String card) {
        return jdbc.sql("""
                SELECT s.scope FROM portal_account_scope s JOIN portal_account a ON a.id = s.portal_account_id
                JOIN customer c ON c.id = a.customer_id WHERE c.customer_card_number = ?""")
                .param(card).query(String.class).list();
    }

    private HttpResponse<String> redeem(String card, String birthDate, String code) {
        return CaseDriver.redeem(http(), card, birthDate, code);
    }
}
