package hu.insurer.lifeaccess.process;

import static hu.insurer.lifeaccess.process.ProcessConstants.Element.AWAIT_REDEMPTION;
import static hu.insurer.lifeaccess.process.ProcessConstants.Element.SEND_SECURITY_CODE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.sun.net.httpserver.HttpServer;

import hu.insurer.lifeaccess.sms.SmsDeliveryException;
import hu.insurer.lifeaccess.support.TestDatabase;

/**
 * The real HTTP SMS adapter against a local provider stub that fails on demand: the code-sending job retries,
 * a code is ACTIVE only once its SMS was accepted, and when the retries run out there is an incident — after
 * which a retry sends exactly one SMS.
 */
class SmsProviderFailureIT extends ProcessTest {

    private static final HttpServer PROVIDER;
    private static final AtomicInteger FAILURES_LEFT = new AtomicInteger();
    private static final AtomicInteger ACCEPTED = new AtomicInteger();

    static {
        try {
            PROVIDER = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        PROVIDER.createContext("/sms", exchange -> {
            exchange.getRequestBody().readAllBytes();
            int status = FAILURES_LEFT.getAndDecrement() > 0 ? 503 : 202;
            if (status == 202) {
                ACCEPTED.incrementAndGet();
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        PROVIDER.start();
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        TestDatabase.springProperties("sms-failure-it").forEach((key, value) -> registry.add(key, () -> value));
        registry.add("life-access.sms.gateway", () -> "http");
        registry.add("life-access.sms.http.url", () -> "http://127.0.0.1:" + PROVIDER.getAddress().getPort() + "/sms");
        registry.add("life-access.sms.http.username", () -> "insurer");
        registry.add("life-access.sms.http.password", () -> "provider-secret");
        registry.add("life-access.sms.http.sender-id", () -> "Biztosito");
        registry.add("life-access.sms.retry-cycle", () -> "R3/PT1M");
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.stop(0);
    }

    @BeforeEach
    void providerWorks() {
        FAILURES_LEFT.set(0);
        ACCEPTED.set(0);
    }

    @Test
    void theProviderDownForTwoTriesMeansOneSmsInTheEndAndNoIncident() {
        ProcessInstance instance = signedRequestFor(newEligibleCustomer(true));
        FAILURES_LEFT.set(2);

        failingTry(instance);
        failingTry(instance);
        assertThat(codesOf(instance)).isEmpty();
        runJob(instance);

        assertThat(ACCEPTED.get()).isEqualTo(1);
        assertThat(codesOf(instance)).containsExactly("ACTIVE");
        assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(instance).isWaitingAt(AWAIT_REDEMPTION);
    }

    @Test
    void theProviderDownForEveryTryEndsAsAnIncidentWithNothingSentAndARetrySendsExactlyOne() {
        ProcessInstance instance = signedRequestFor(newEligibleCustomer(true));
        FAILURES_LEFT.set(Integer.MAX_VALUE);

        failingTry(instance);
        failingTry(instance);
        failingTry(instance);

        assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);
        assertThat(ACCEPTED.get()).isZero();
        assertThat(codesOf(instance)).isEmpty();
        assertThat(instance).isWaitingAt(SEND_SECURITY_CODE);

        FAILURES_LEFT.set(0);
        Job job = managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
        managementService.setJobRetries(job.getId(), 1);
        managementService.executeJob(job.getId());

        assertThat(ACCEPTED.get()).isEqualTo(1);
        assertThat(codesOf(instance)).containsExactly("ACTIVE");
        assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    private void failingTry(ProcessInstance instance) {
        Job job = managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
        assertThatThrownBy(() -> managementService.executeJob(job.getId())).isInstanceOf(SmsDeliveryException.class);
    }

    private List<String> codesOf(ProcessInstance instance) {
        return jdbc.sql("SELECT status FROM security_code WHERE process_instance_id = ?").param(instance.getId())
                .query(String.class).list();
    }
}
