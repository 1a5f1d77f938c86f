package hu.insurer.lifeaccess.process;

import static hu.insurer.lifeaccess.process.ProcessConstants.Element.ACKNOWLEDGE_INELIGIBILITY;
import static hu.insurer.lifeaccess.process.ProcessConstants.Element.AWAIT_REDEMPTION;
import static hu.insurer.lifeaccess.process.ProcessConstants.Element.CORRECT_CUSTOMER_DATA;
import static hu.insurer.lifeaccess.process.ProcessConstants.Element.END_ACCESS_GRANTED;
import static hu.insurer.lifeaccess.process.ProcessConstants.Element.END_CODE_NOT_DELIVERED;
import static hu.insurer.lifeaccess.process.ProcessConstants.Element.NO_LONGER_ELIGIBLE;
import static hu.insurer.lifeaccess.process.ProcessConstants.Element.REDEEMED_BEFORE_RESEND;
import static hu.insurer.lifeaccess.process.ProcessConstants.Element.RESEND_SECURITY_CODE;
import static hu.insurer.lifeaccess.process.ProcessConstants.Element.SEND_SECURITY_CODE;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.CODE_DELIVERY_STATUS;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.CORRECTION_DECISION;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.NEW_MOBILE_NUMBER;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.RESEND_DECISION;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.REVIEW_DECISION;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.SEARCH_CUSTOMER_CARD_NUMBER;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.SIGNATURE_CONFIRMED;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.SIGNATURE_DECISION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import hu.insurer.lifeaccess.customer.search.CustomerSearch;
import hu.insurer.lifeaccess.customer.search.CustomerSearchCriteria;
import hu.insurer.lifeaccess.sms.DeliveryReportSignature;
import hu.insurer.lifeaccess.sms.SmsDeliveryException;
import hu.insurer.lifeaccess.support.CaseDriver;
import hu.insurer.lifeaccess.support.DeliveryReports;
import hu.insurer.lifeaccess.support.SmsInbox;
import hu.insurer.lifeaccess.support.SmsProviderStub;
import hu.insurer.lifeaccess.support.TestDatabase;

/**
 * Kód küldése through the real HTTP adapter, against a local provider that delivers each idempotency key once (as
 * real providers do): one SMS and one working code per send whatever the provider does — refuse, fail for good,
 * or accept and answer too late — no lock held while it takes its time, the notice to a replaced number, the
 * provider's delivery reports, and the code of a case that ends unredeemed.
 */
class SmsExactlyOnceIT extends ProcessTest {

    private static final SmsProviderStub PROVIDER = new SmsProviderStub();
    private static final String BIRTH_DATE = "1975-05-05";
    private static final String REPORT_SECRET = "delivery-report-secret-for-tests";
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(1);

    @Autowired
    DeliveryReportSignature signature;
    @Autowired
    CustomerSearch search;
    @Autowired
    PlatformTransactionManager transactions;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        TestDatabase.springProperties("sms-once-it").forEach((key, value) -> registry.add(key, () -> value));
        registry.add("life-access.sms.gateway", () -> "http");
        registry.add("life-access.sms.http.url", PROVIDER::url);
        registry.add("life-access.sms.http.username", () -> SmsProviderStub.DEFAULT_USERNAME);
        registry.add("life-access.sms.http.password", () -> SmsProviderStub.DEFAULT_PASSWORD);
        registry.add("life-access.sms.http.sender-id", () -> "Biztosito");
        registry.add("life-access.sms.http.read-timeout", () -> READ_TIMEOUT.toMillis() + "ms");
        registry.add("life-access.sms.retry-cycle", () -> "R3/PT1M");
        registry.add("life-access.sms.delivery-reports.secret", () -> REPORT_SECRET);
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    @BeforeEach
    void providerWorks() {
        PROVIDER.reset();
    }

    @Test
    void anAnswerAfterTheReadTimeoutIsRetriedUnderTheSameKeyAndTextSoOneSmsAndOneCodeWork() {
        String card = newEligibleCustomer(true);
        ProcessInstance instance = signedRequestFor(card);
        PROVIDER.answerLate(1, READ_TIMEOUT.multipliedBy(2));

        failingTry(instance);
        assertThat(statusesOf(instance)).containsExactly("PENDING");
        runJob(instance);

        List<SmsProviderStub.Request> received = PROVIDER.requests();
        assertThat(received).hasSize(2);
        assertThat(received.get(1)).usingRecursiveComparison().comparingOnlyFields("key", "to", "text")
                .isEqualTo(received.get(0));
        assertThat(PROVIDER.delivered()).hasSize(1);
        assertThat(statusesOf(instance)).containsExactly("ACTIVE");
        String code = SmsInbox.codeIn(PROVIDER.delivered().get(0).text());
        assertThat(CaseDriver.redeem(http(), card, BIRTH_DATE, code).statusCode()).isEqualTo(200);
        assertThat(activeCodesOf(card)).isZero();
    }

    @Test
    void aProviderDownForTwoTriesSendsOneSmsUnderOneKeyWithNoIncident() {
        ProcessInstance instance = signedRequestFor(newEligibleCustomer(true));
        PROVIDER.refuseNext(2, 503);

        failingTry(instance);
        failingTry(instance);
        runJob(instance);

        assertThat(PROVIDER.requests()).hasSize(3).extracting(SmsProviderStub.Request::key).containsOnly(keyOf(instance));
        assertThat(PROVIDER.requests()).extracting(SmsProviderStub.Request::text).containsOnly(
                PROVIDER.delivered().get(0).text());
        assertThat(statusesOf(instance)).containsExactly("ACTIVE");
        assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(instance).isWaitingAt(AWAIT_REDEMPTION);
    }

    @Test
    void theWaitsBetweenTriesDoubleAndTheLastFailureIsAnIncidentAfterWhichARetrySendsExactlyOne() {
        ProcessInstance instance = signedRequestFor(newEligibleCustomer(true));
        PROVIDER.refuseNext(Integer.MAX_VALUE, 503);

        List<Long> waits = new java.util.ArrayList<>();
        for (int attempt = 0; attempt < 3; attempt++) {
            Instant before = Instant.now();
            failingTry(instance);
            Job job = jobOf(instance);
            if (job.getRetries() > 0) {
                waits.add(Duration.between(before, lockedUntil(job)).toSeconds());
            }
        }
        assertThat(waits).hasSize(2);
        assertThat(waits.get(0)).isBetween(55L, 62L);
        assertThat(waits.get(1)).isBetween(115L, 122L);
        Incident incident = runtimeService.createIncidentQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(incident.getIncidentMessage()).contains("Az SMS-szolgáltató", "SMS not accepted", "HTTP 503");
        assertThat(agentNoticesOf(instance, SendNoticeConstants.Outcome.NOT_SENT)).isEqualTo(1);
        assertThat(statusesOf(instance)).containsExactly("PENDING");
        assertThat(instance).isWaitingAt(SEND_SECURITY_CODE);

        PROVIDER.refuseNext(0, 503);
        managementService.setJobRetries(jobOf(instance).getId(), 1);
        managementService.executeJob(jobOf(instance).getId());

        assertThat(PROVIDER.delivered()).hasSize(1);
        assertThat(PROVIDER.requests()).extracting(SmsProviderStub.Request::key).containsOnly(keyOf(instance));
        assertThat(statusesOf(instance)).containsExactly("ACTIVE");
        assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(agentNoticesOf(instance, SendNoticeConstants.Outcome.ACCEPTED)).isEqualTo(1);
    }

    @Test
    void aPermanentRefusalIsAnIncidentAtOnceInHungarianAndEnglishWithNothingIssued() {
        String card = newEligibleCustomer(true);
        ProcessInstance instance = signedRequestFor(card);
        PROVIDER.refuseNext(1, 400);

        failingTry(instance);

        Incident incident = runtimeService.createIncidentQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(incident).as("no retries after a 400").isNotNull();
        assertThat(incident.getIncidentMessage()).contains("véglegesen elutasította", "HTTP 400", "SMS not accepted",
                "Not retryable");
        assertThat(PROVIDER.requests()).hasSize(1);
        assertThat(statusesOf(instance)).containsExactly("PENDING");
        assertThat(activeCodesOf(card)).isZero();
        assertThat(agentNoticesOf(instance, SendNoticeConstants.Outcome.NOT_SENT)).isEqualTo(1);
        assertThat(agentNoticesOf(instance, SendNoticeConstants.Outcome.ACCEPTED)).isZero();
    }

    @Test
    void whileTheProviderHoldsARequestAnotherCustomersRedemptionAndASearchAnswerAtOnce() throws Exception {
        String other = newEligibleCustomer(true);
        ProcessInstance sent = signedRequestFor(other);
        runJob(sent);
        String otherCode = SmsInbox.codeIn(PROVIDER.deliveredTo(mobileNumberOf(other)).get(0).text());
        ProcessInstance slow = signedRequestFor(newEligibleCustomer(true));
        PROVIDER.reset();
        PROVIDER.answerLate(1, Duration.ofSeconds(10));

        CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> {
            try {
                runJob(slow);
            } catch (SmsDeliveryException expected) {
                // the read timeout: the retry below completes it
            }
        });
        waitUntil(() -> !PROVIDER.requests().isEmpty());
        long started = System.nanoTime();
        HttpResponse<String> redeemed = CaseDriver.redeem(http(), other, BIRTH_DATE, otherCode);
        long redemptionMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        started = System.nanoTime();
        search.search(new CustomerSearchCriteria("PERSON", null, null, null, null, null, null, "HU", null, null,
                null, other, null, null, null, null));
        long searchMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        System.out.printf("[sms-once] while the provider held a request: redemption %d ms, search %d ms%n",
                redemptionMillis, searchMillis);

        assertThat(redeemed.statusCode()).isEqualTo(200);
        assertThat(redemptionMillis).as("no lock wait behind the provider").isLessThan(3_000);
        assertThat(searchMillis).as("no lock wait behind the provider").isLessThan(3_000);
        sending.get(30, TimeUnit.SECONDS);
    }

    @Test
    void aNumberChangedInTheCaseGetsTheNoticeAndTheNewNumberTheCodeEachOnce() {
        String card = newEligibleCustomer(true);
        String oldNumber = mobileNumberOf(card);
        ProcessInstance instance = startSearch(SEARCH_CUSTOMER_CARD_NUMBER, card);
        identify(instance, card);
        submit(instance, REVIEW_DECISION, "MODIFY_CUSTOMER");
        assertThat(instance).isWaitingAt(CORRECT_CUSTOMER_DATA);
        submit(instance, CORRECTION_DECISION, "SAVE", NEW_MOBILE_NUMBER, "+36 70 555 1234");
        submit(instance, REVIEW_DECISION, "CONTINUE");
        submit(instance, SIGNATURE_CONFIRMED, true, SIGNATURE_DECISION, "SIGNED");
        runJob(instance);

        assertThat(PROVIDER.delivered()).hasSize(2);
        List<SmsProviderStub.Request> toOld = PROVIDER.deliveredTo(oldNumber);
        List<SmsProviderStub.Request> toNew = PROVIDER.deliveredTo("+36705551234");
        assertThat(toOld).hasSize(1);
        assertThat(toOld.get(0).text()).contains("mobilszámát", "új számra cserélte")
                .doesNotContainPattern("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}");
        assertThat(toNew).hasSize(1);
        assertThat(SmsInbox.codeIn(toNew.get(0).text())).isNotBlank();
    }

    @Test
    void aDeliveredReportIsRecordedOnTheCodeAndInTheCase() throws Exception {
        ProcessInstance instance = sentCase(newEligibleCustomer(true));
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).withNano(0);

        assertThat(report(keyOf(instance), "DELIVERED", at).statusCode()).isEqualTo(204);

        assertThat(runtimeService.getVariable(instance.getId(), CODE_DELIVERY_STATUS)).isEqualTo("DELIVERED");
        assertThat(jdbc.sql("SELECT delivery_status FROM security_code WHERE message_key = ?").param(keyOf(instance))
                .query(String.class).single()).isEqualTo("DELIVERED");
        assertThat(instance).isWaitingAt(AWAIT_REDEMPTION);
    }

    @Test
    void aFailedReportAsksTheAgentForANewCodeWhichSupersedesTheOldOne() throws Exception {
        String card = newEligibleCustomer(true);
        ProcessInstance instance = sentCase(card);
        String firstKey = keyOf(instance);
        String oldCode = SmsInbox.codeIn(PROVIDER.delivered().get(0).text());

        assertThat(report(firstKey, "FAILED", OffsetDateTime.now(ZoneOffset.UTC)).statusCode()).isEqualTo(204);
        assertThat(instance).isWaitingAt(RESEND_SECURITY_CODE).task().isAssignedTo("agent");
        assertThat(runtimeService.getVariable(instance.getId(), CODE_DELIVERY_STATUS)).isEqualTo("FAILED");

        submit(instance, RESEND_DECISION, "RESEND");
        runJob(instance);

        assertThat(PROVIDER.delivered()).hasSize(2);
        assertThat(keyOf(instance)).isNotEqualTo(firstKey);
        assertThat(statusesOf(instance)).containsExactly("SUPERSEDED", "ACTIVE");
        String newCode = SmsInbox.codeIn(PROVIDER.delivered().get(1).text());
        assertThat(CaseDriver.redeem(http(), card, BIRTH_DATE, oldCode).statusCode()).isEqualTo(422);
        assertThat(CaseDriver.redeem(http(), card, BIRTH_DATE, newCode).statusCode()).isEqualTo(200);
        runJob(instance);
        assertThat(instance).isEnded();
    }

    @Test
    void anOldCodeRedeemedWhileTheAgentDecidesOnANewSendGrantsAccessAndEndsTheCase() throws Exception {
        String card = newEligibleCustomer(true);
        Undelivered sent = undelivered(card, "FAILED");
        ProcessInstance instance = sent.instance();
        assertThat(instance).isWaitingAt(RESEND_SECURITY_CODE);

        assertThat(CaseDriver.redeem(http(), card, BIRTH_DATE, sent.code()).statusCode()).isEqualTo(200);

        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
        runJob(instance);
        assertThat(instance).isEnded().hasPassed(REDEEMED_BEFORE_RESEND, END_ACCESS_GRANTED);
        assertThat(statusesOf(instance)).containsExactly("REDEEMED");
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void theCodeTurnsActiveOnlyTogetherWithTheCaseWaitingForItSoARolledBackSendingIsSentAgainUnderItsKey() {
        String card = newEligibleCustomer(true);
        ProcessInstance instance = signedRequestFor(card);
        Job job = jobOf(instance);

        new TransactionTemplate(transactions).executeWithoutResult(sending -> {
            managementService.executeJob(job.getId());
            assertThat(statusesOf(instance)).as("inside the sending's transaction").containsExactly("ACTIVE");
            sending.setRollbackOnly();
        });
        assertThat(statusesOf(instance)).as("after its rollback").containsExactly("PENDING");
        assertThat(instance).isWaitingAt(SEND_SECURITY_CODE);

        runJob(instance);
        assertThat(PROVIDER.requests()).hasSize(2).extracting(SmsProviderStub.Request::key).containsOnly(keyOf(instance));
        assertThat(PROVIDER.delivered()).hasSize(1);
        assertThat(statusesOf(instance)).containsExactly("ACTIVE");
        assertThat(instance).isWaitingAt(AWAIT_REDEMPTION);
        String code = SmsInbox.codeIn(PROVIDER.delivered().get(0).text());
        assertThat(CaseDriver.redeem(http(), card, BIRTH_DATE, code).statusCode()).isEqualTo(200);
        runJob(instance);
        assertThat(instance).isEnded().hasPassed(END_ACCESS_GRANTED);
    }

    @Test
    void aNewSendWithdrawsTheOldCodeAtOnceAndTheNewCodeIsItsSuccessor() throws Exception {
        String card = newEligibleCustomer(true);
        Undelivered sent = undelivered(card, "FAILED");
        ProcessInstance instance = sent.instance();

        submit(instance, RESEND_DECISION, "RESEND");

        assertThat(instance).isWaitingAt(SEND_SECURITY_CODE);
        assertThat(statusesOf(instance)).as("before the new SMS went out").containsExactly("SUPERSEDED");
        assertThat(CaseDriver.redeem(http(), card, BIRTH_DATE, sent.code()).body()).contains("INVALID_CODE");
        runJob(instance);
        assertThat(statusesOf(instance)).containsExactly("SUPERSEDED", "ACTIVE");
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM security_code old JOIN security_code successor ON successor.id = old.superseded_by
                WHERE old.process_instance_id = ? AND old.send_number = 1 AND successor.send_number = 2""")
                .param(instance.getId()).query(Long.class).single()).isEqualTo(1);
        assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void aCustomerWhoGotAccessElsewhereBeforeTheNewSendEndsTheCaseAsNotEligibleWithNoIncident() throws Exception {
        String card = newEligibleCustomer(true);
        ProcessInstance instance = undelivered(card, "EXPIRED").instance();
        submit(instance, RESEND_DECISION, "RESEND");
        ProcessInstance other = sentCase(card);
        String otherCode = SmsInbox.codeIn(PROVIDER.deliveredTo(PROVIDER.delivered().get(0).to()).get(1).text());
        assertThat(CaseDriver.redeem(http(), card, BIRTH_DATE, otherCode).statusCode()).isEqualTo(200);
        runJob(other);

        runJob(instance);

        assertThat(instance).hasPassed(NO_LONGER_ELIGIBLE).isWaitingAt(ACKNOWLEDGE_INELIGIBILITY);
        assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(statusesOf(instance)).containsExactly("SUPERSEDED");
    }

    @Test
    void aReportBeforeTheAcceptanceIsCommittedIsAskedForAgainAndThenReachesTheCase() throws Exception {
        String card = newEligibleCustomer(true);
        ProcessInstance instance = signedRequestFor(card);
        PROVIDER.answerLate(1, READ_TIMEOUT.multipliedBy(2));
        failingTry(instance);
        assertThat(statusesOf(instance)).containsExactly("PENDING");

        HttpResponse<String> early = report(keyOf(instance), "FAILED", OffsetDateTime.now(ZoneOffset.UTC));

        assertThat(early.statusCode()).isEqualTo(503);
        assertThat(early.headers().firstValue("Retry-After")).contains("30");
        assertThat(early.body()).contains("NOT_YET_ACCEPTED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM security_code WHERE message_key = ? AND delivery_status IS NULL")
                .param(keyOf(instance)).query(Long.class).single()).as("nothing recorded").isEqualTo(1);
        runJob(instance);
        assertThat(instance).isWaitingAt(AWAIT_REDEMPTION);
        assertThat(report(keyOf(instance), "FAILED", OffsetDateTime.now(ZoneOffset.UTC)).statusCode()).isEqualTo(204);
        assertThat(instance).isWaitingAt(RESEND_SECURITY_CODE);
    }

    @Test
    void anAgentClosingAfterAFailedDeliveryCancelsTheCode() throws Exception {
        String card = newEligibleCustomer(true);
        Undelivered sent = undelivered(card, "EXPIRED");
        ProcessInstance instance = sent.instance();
        String code = sent.code();

        submit(instance, RESEND_DECISION, "CANCEL");

        assertThat(instance).isEnded().hasPassed(END_CODE_NOT_DELIVERED);
        assertThat(cancelledBy(instance)).isEqualTo("agent");
        assertThat(CaseDriver.redeem(http(), card, BIRTH_DATE, code).body()).contains("INVALID_CODE");
    }

    @Test
    void aDeletedCaseHasItsCodeCancelledWithWhoDeletedItAndThePortalRefusesIt() {
        String card = newEligibleCustomer(true);
        ProcessInstance instance = sentCase(card);
        String code = SmsInbox.codeIn(PROVIDER.delivered().get(0).text());

        as("admin", "camunda-admin", () -> runtimeService.deleteProcessInstance(instance.getId(),
                "deleted by an administrator", true));

        assertThat(statusesOf(instance)).containsExactly("CANCELLED");
        assertThat(cancelledBy(instance)).isEqualTo("admin");
        assertThat(CaseDriver.redeem(http(), card, BIRTH_DATE, code).body()).contains("INVALID_CODE");
    }

    @Test
    void reportsWithoutAValidRecentSignatureAreRefusedAndARepeatChangesNothing() throws Exception {
        ProcessInstance instance = sentCase(newEligibleCustomer(true));
        String body = DeliveryReports.body(keyOf(instance), "FAILED", OffsetDateTime.now(ZoneOffset.UTC));
        long now = Instant.now().getEpochSecond();

        assertThat(post(body, String.valueOf(now), null).statusCode()).isEqualTo(401);
        assertThat(post(body, String.valueOf(now), "sha256=" + "0".repeat(64)).statusCode()).isEqualTo(401);
        long stale = now - 3600;
        assertThat(post(body, String.valueOf(stale), signature.sign(stale, body)).statusCode()).isEqualTo(401);
        assertThat(runtimeService.getVariable(instance.getId(), CODE_DELIVERY_STATUS)).isNull();
        assertThat(instance).isWaitingAt(AWAIT_REDEMPTION);

        assertThat(post(body, String.valueOf(now), signature.sign(now, body)).statusCode()).isEqualTo(204);
        assertThat(post(body, String.valueOf(now), signature.sign(now, body)).statusCode()).isEqualTo(204);
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);
        String malformed = "{\"idempotencyKey\": \"x\", \"status\": \"LOST\"}";
        assertThat(post(malformed, String.valueOf(now), signature.sign(now, malformed)).statusCode()).isEqualTo(400);
    }

    /** The agent's open Tasklist notices of the case with this outcome. */
    private long agentNoticesOf(ProcessInstance instance, String outcome) {
        return taskService.createTaskQuery().processDefinitionKey(SendNoticeConstants.PROCESS_KEY)
                .processInstanceBusinessKey(variable(instance, ProcessConstants.Variable.CASE_NUMBER))
                .taskAssignee("agent").processVariableValueEquals(SendNoticeConstants.Variable.SEND_OUTCOME, outcome)
                .count();
    }

    private ProcessInstance sentCase(String card) {
        ProcessInstance instance = signedRequestFor(card);
        runJob(instance);
        assertThat(instance).isWaitingAt(AWAIT_REDEMPTION);
        return instance;
    }

    /** A case and the code from its SMS. */
    private record Undelivered(ProcessInstance instance, String code) {
    }

    /** A case whose code was sent, then reported by the provider as not delivered ({@code status}). */
    private Undelivered undelivered(String card, String status) throws Exception {
        ProcessInstance instance = sentCase(card);
        String code = SmsInbox.codeIn(PROVIDER.delivered().get(0).text());
        report(keyOf(instance), status, OffsetDateTime.now(ZoneOffset.UTC));
        return new Undelivered(instance, code);
    }

    private HttpResponse<String> report(String key, String status, OffsetDateTime at) {
        return DeliveryReports.signed(http(), signature, key, status, at);
    }

    private HttpResponse<String> post(String body, String timestamp, String signed) {
        return DeliveryReports.post(http(), body, timestamp, signed);
    }

    private void failingTry(ProcessInstance instance) {
        Job job = jobOf(instance);
        assertThatThrownBy(() -> managementService.executeJob(job.getId())).isInstanceOf(SmsDeliveryException.class);
    }

    private Job jobOf(ProcessInstance instance) {
        return managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
    }

    private Instant lockedUntil(Job job) {
        return jdbc.sql("SELECT LOCK_EXP_TIME_ FROM ACT_RU_JOB WHERE ID_ = ?").param(job.getId())
                .query(java.sql.Timestamp.class).single().toInstant();
    }

    private List<String> statusesOf(ProcessInstance instance) {
        return jdbc.sql("SELECT status FROM security_code WHERE process_instance_id = ? ORDER BY send_number")
                .param(instance.getId()).query(String.class).list();
    }

    private String keyOf(ProcessInstance instance) {
        return jdbc.sql("SELECT message_key FROM security_code WHERE process_instance_id = ? "
                + "ORDER BY send_number DESC").param(instance.getId()).query(String.class).list().get(0);
    }

    private String cancelledBy(ProcessInstance instance) {
        return jdbc.sql("SELECT cancelled_by FROM security_code WHERE process_instance_id = ? AND status = 'CANCELLED'")
                .param(instance.getId()).query(String.class).single();
    }

    private long activeCodesOf(String card) {
        return jdbc.sql("SELECT COUNT(*) FROM security_code c JOIN customer u ON u.id = c.customer_id "
                + "WHERE u.customer_card_number = ? AND c.status = 'ACTIVE'").param(card).query(Long.class).single();
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(20);
        }
    }
}
