package hu.insurer.lifeaccess.process;

import static hu.insurer.lifeaccess.process.ProcessConstants.Element.AWAIT_REDEMPTION;
import static hu.insurer.lifeaccess.process.ProcessConstants.Element.END_ACCESS_GRANTED;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.SECURITY_CODE_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import hu.insurer.lifeaccess.support.CamundaHttp;
import hu.insurer.lifeaccess.support.CaseDriver;
import hu.insurer.lifeaccess.support.SmsInbox;

/**
 * Wrong passwords sent by strangers lock nobody out: the portal client is not a Camunda user, and a staff user is
 * only delayed for a few seconds (in production at most a minute). Floods of redemptions on one card number are
 * answered 429 with Retry-After.
 */
class PortalAuthIT extends ProcessTest {

    private static final String API = "/api/portal/security-code-redemptions";
    private static final String BIRTH_DATE = "1975-05-05";
    private static final AtomicLong UNKNOWN_CARDS = new AtomicLong(System.nanoTime() % 1_000_000L);

    @Test
    void fiftyWrongPasswordsForThePortalFromEveryDoorLeaveItAbleToRedeemAtOnce() {
        String card = newEligibleCustomer(true);
        ProcessInstance instance = signedRequestFor(card);
        runJob(instance);
        assertThat(instance).isWaitingAt(AWAIT_REDEMPTION);
        String code = SmsInbox.codeFor(jdbc, ((Number) runtimeService.getVariable(instance.getId(), SECURITY_CODE_ID)).longValue());
        assertThat(redeem(unknownCard(), "2222-2222-22").statusCode()).as("the portal at work").isEqualTo(422);

        CamundaHttp stranger = http();
        for (int attempt = 0; attempt < 50; attempt++) {
            String guess = "guess-" + attempt;
            assertThat(stranger.webappLogin("welcome", "portal", guess).statusCode()).isEqualTo(401);
            assertThat(stranger.get("/engine-rest/process-definition", "portal", guess).statusCode()).isEqualTo(401);
            // a wrong secret costs a bcrypt check; beyond the checks allowed a second, strangers wait (429)
            assertThat(stranger.postJson(API, "portal", guess, body(card, code)).statusCode()).isIn(401, 429);
        }

        HttpResponse<String> redeemed = redeem(card, code);
        assertThat(redeemed.statusCode()).isEqualTo(200);
        assertThat(redeemed.body()).contains("EXTENDED");
        runJob(instance);
        assertThat(instance).isEnded().hasPassed(END_ACCESS_GRANTED);
    }

    @Test
    void fiftyWrongPasswordsForAnAgentDelayTheLoginForSecondsButNeverLockIt() {
        CamundaHttp stranger = http();
        for (int attempt = 0; attempt < 25; attempt++) {
            assertThat(stranger.webappLogin("tasklist", "agent", "guess-" + attempt).statusCode()).isEqualTo(401);
            assertThat(stranger.get("/engine-rest/task", "agent", "guess-" + attempt).statusCode()).isEqualTo(401);
        }

        Duration waited = untilTheAgentLogsIn();
        System.out.println("[it] agent logged in " + waited.toMillis() + " ms after 50 wrong passwords");
        assertThat(waited).isLessThanOrEqualTo(Duration.ofSeconds(LOGIN_DELAY_MAX_SECONDS + 2));
        assertThat(http().get("/engine-rest/task", "agent").statusCode()).isEqualTo(200);
        assertThat(failedLoginsOf("agent")).as("a successful login forgets the failures").isZero();
    }

    @Test
    void anAgentWithFiftyCountedFailuresIsDelayedOnceMoreNotLockedForGood() {
        // what a patient attacker leaves after fifty wrong passwords, each sent when the previous delay had run out;
        // Camunda's default (loginMaxAttempts 10) would have locked the agent until an administrator unlocks it
        jdbc.sql("UPDATE ACT_ID_USER SET ATTEMPTS_ = 50 WHERE ID_ = 'agent'").update();
        assertThat(http().get("/engine-rest/task", "agent", "guess-51").statusCode()).isEqualTo(401);
        assertThat(failedLoginsOf("agent")).isEqualTo(51);
        assertThat(http().webappLogin("tasklist", "agent", "agent").statusCode())
                .as("the right password while the delay runs").isEqualTo(401);

        Duration waited = untilTheAgentLogsIn();
        System.out.println("[it] agent with 51 counted failures logged in after " + waited.toMillis() + " ms");
        assertThat(waited).isLessThanOrEqualTo(Duration.ofSeconds(LOGIN_DELAY_MAX_SECONDS + 2));
        assertThat(failedLoginsOf("agent")).isZero();
    }

    @Test
    void aFloodOfRedemptionsOnOneCardNumberIsAnsweredTooManyRequestsWithRetryAfter() {
        String card = unknownCard();
        for (int attempt = 1; attempt <= 10; attempt++) {
            assertThat(redeem(card, "2222-2222-22").statusCode()).as("attempt " + attempt).isEqualTo(422);
        }

        for (int attempt = 11; attempt <= 20; attempt++) {
            HttpResponse<String> refused = redeem(card, "2222-2222-22");
            assertThat(refused.statusCode()).as("attempt " + attempt).isEqualTo(429);
            long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
            assertThat(retryAfter).isBetween(1L, 15 * 60L);
            assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
            assertThat(refused.body()).contains("\"error\":\"TOO_MANY_REQUESTS\"", "Túl sok próbálkozás");
        }
        HttpResponse<String> page = http().postJson("/portal/redemptions", null, body(card, "2222-2222-22"));
        assertThat(page.statusCode()).as("the stand-in page shares the card's limit").isEqualTo(429);
        assertThat(page.headers().firstValue("Retry-After")).isPresent();
        assertThat(page.body()).contains("\"success\":false", "Túl sok próbálkozás");
    }

    private Duration untilTheAgentLogsIn() {
        long start = System.nanoTime();
        long deadline = start + Duration.ofSeconds(LOGIN_DELAY_MAX_SECONDS + 10).toNanos();
        while (http().webappLogin("tasklist", "agent", "agent").statusCode() != 200) {
            assertThat(System.nanoTime()).as("agent still cannot log in").isLessThan(deadline);
            pause();
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private int failedLoginsOf(String userId) {
        return jdbc.sql("SELECT ATTEMPTS_ FROM ACT_ID_USER WHERE ID_ = ?").param(userId).query(Integer.class).single();
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String unknownCard() {
        return "9" + String.format("%08d", UNKNOWN_CARDS.incrementAndGet() % 100_000_000L);
    }

    private HttpResponse<String> redeem(String card, String code) {
        return CaseDriver.redeem(http(), card, BIRTH_DATE, code);
    }

    private static String body(String card, String code) {
        return "{\"customerCardNumber\": \"" + card + "\", \"birthDate\": \"" + BIRTH_DATE + "\", \"code\": \"" + code + "\"}";
    }
}
