package hu.insurer.lifeaccess.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.simple.JdbcClient;

import hu.insurer.lifeaccess.process.ProcessConstants;
import hu.insurer.lifeaccess.support.SmsInbox;
import hu.insurer.lifeaccess.support.SmsProviderStub;

/**
 * The packaged application, with the HTTP SMS gateway to a provider stub in this JVM, is killed with {@code kill -9}
 * after the provider received the code's SMS and before it answered, so the acceptance is never committed; started
 * again on the same PostgreSQL database, it resumes the pending send: the case completes with the same code, the
 * provider saw one key (with one text) and delivered one SMS, and nothing is lost. Run by
 * {@code ./mvnw verify -Pcluster-it}; figures are printed as {@code [sms-crash]} lines.
 */
@ExtendWith(ClusterAvailableCondition.WithoutLoadBalancer.class)
class SmsCrashIT {

    private static final int LOCK_TIME_MILLIS = 5_000;

    private SmsNodes cluster;
    private JdbcClient db;
    private SmsProviderStub provider;
    private ApplicationNode node;

    @BeforeEach
    void freshDatabaseAndProvider() throws Exception {
        cluster = new SmsNodes("life_access_cluster_it_sms_crash_", 3, LOCK_TIME_MILLIS, Duration.ZERO, Duration.ZERO);
        db = cluster.db();
        provider = cluster.provider();
    }

    @AfterEach
    void stopEverything() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void killedAfterTheProviderAcceptedAndBeforeTheCommitTheRestartedApplicationSendsTheSameCodeOnce()
            throws Exception {
        int port = ApplicationNode.freePort();
        node = cluster.node("sms-crash-1", port);
        SmsNodes.start(List.of(node));
        System.out.println("[sms-crash] sms-crash-1 ready after " + node.startup().toMillis() + " ms, pid "
                + node.pid() + ", provider stub at " + provider.url());

        ApplicationNode first = node;
        CountDownLatch killed = new CountDownLatch(1);
        long[] killedAt = new long[1];
        provider.onFirstRequestInsteadOfAnswering(request -> {
            try {
                first.kill9();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            killedAt[0] = System.nanoTime();
            killed.countDown();
        });

        List<CaseDriver.Customer> customers = ClusterCustomers.load(cluster.dataSource(), 500_000_000, 1);
        CaseDriver.Customer customer = customers.get(0);
        CaseDriver driver = new CaseDriver(cluster.http(), node.url(), db);
        driver.untilSending("sms-crash", customer, Duration.ofMinutes(3));
        String processInstanceId = driver.instance("sms-crash").orElseThrow().id();

        assertThat(killed.await(3, TimeUnit.MINUTES)).as("the provider received the SMS and killed the application")
                .isTrue();
        assertThat(first.isAlive()).isFalse();
        SmsProviderStub.Request received = provider.requests().get(0);
        System.out.println("[sms-crash] the provider received key " + received.key() + " and killed sms-crash-1 (pid "
                + first.pid() + ") with kill -9 before answering");

        // what the crash left: the send committed as PENDING with the key the provider saw, the job not finished
        Map<String, Object> pending = db.sql("""
                SELECT status, message_key, send_nonce IS NOT NULL AS has_nonce FROM security_code
                WHERE process_instance_id = ?""").param(processInstanceId).query().singleRow();
        assertThat(pending).containsEntry("status", "PENDING").containsEntry("message_key", received.key())
                .containsEntry("has_nonce", true);
        assertThat(received.key()).isEqualTo("code-" + processInstanceId + "-1");
        assertThat(count("SELECT COUNT(*) FROM act_ru_job j JOIN act_ru_jobdef d ON d.id_ = j.job_def_id_ "
                + "WHERE j.process_instance_id_ = ? AND d.act_id_ = ?",
                processInstanceId, ProcessConstants.Element.SEND_SECURITY_CODE)).isEqualTo(1);

        node = cluster.node("sms-crash-2", port);
        SmsNodes.start(List.of(node));
        System.out.println("[sms-crash] sms-crash-2 started on the same database, ready after "
                + node.startup().toMillis() + " ms");

        awaitOrFail(Duration.ofMinutes(3), "the case waits at " + ProcessConstants.Element.AWAIT_REDEMPTION
                + " with its code ACTIVE", () -> count("""
                SELECT COUNT(*) FROM act_ru_execution e JOIN security_code c ON c.process_instance_id = e.proc_inst_id_
                WHERE e.proc_inst_id_ = ? AND e.act_id_ = ? AND c.status = 'ACTIVE'""", processInstanceId,
                ProcessConstants.Element.AWAIT_REDEMPTION) == 1, processInstanceId);
        double seconds = (System.nanoTime() - killedAt[0]) / 1e9;

        List<SmsProviderStub.Request> requests = provider.requests();
        Map<String, Set<String>> textsByKey = provider.textsByKey();
        System.out.printf("[sms-crash] %.1f s from the kill to the code ACTIVE; the provider got %d requests under "
                + "%d key(s) %s, %d text(s) under it, delivered %d SMS%n", seconds, requests.size(),
                textsByKey.size(), textsByKey.keySet(), textsByKey.get(received.key()).size(),
                provider.delivered().size());
        assertThat(textsByKey).containsOnlyKeys(received.key());
        assertThat(textsByKey.get(received.key())).containsExactly(received.text());
        assertThat(requests).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(request -> assertThat(request.to()).isEqualTo(received.to()));
        assertThat(provider.delivered()).extracting(SmsProviderStub.Request::key).containsExactly(received.key());

        Map<String, Object> active = db.sql("""
                SELECT id, status, message_key, send_nonce FROM security_code WHERE process_instance_id = ?""")
                .param(processInstanceId).query().singleRow();
        assertThat(active).containsEntry("status", "ACTIVE").containsEntry("message_key", received.key());
        assertThat(active.get("send_nonce")).as("the nonce is erased once accepted").isNull();
        assertThat(count("SELECT COUNT(*) FROM security_code WHERE customer_id = ? AND status = 'ACTIVE' AND id <> ?",
                customer.id(), ((Number) active.get("id")).longValue())).as("other ACTIVE codes of the customer")
                .isZero();
        assertThat(db.sql("SELECT state FROM case_file WHERE process_instance_id = ?").param(processInstanceId)
                .query(String.class).single()).isEqualTo("CODE_SENT");
        List<String> ranOn = db.sql("""
                SELECT hostname_ FROM act_hi_job_log WHERE process_instance_id_ = ? AND act_id_ = ? AND job_state_ = 2""")
                .params(processInstanceId, ProcessConstants.Element.SEND_SECURITY_CODE).query(String.class).list();
        System.out.println("[sms-crash] the sending job finished on " + ranOn);
        assertThat(ranOn).containsExactly("sms-crash-2");
        assertThat(incidents()).isZero();

        String code = SmsInbox.codeIn(received.text());
        int redeemed = driver.redeem(customer, code);
        System.out.println("[sms-crash] the code from the SMS redeemed through the portal API: HTTP " + redeemed);
        assertThat(redeemed).isEqualTo(200);
        awaitOrFail(Duration.ofMinutes(1), "the case ends at " + ProcessConstants.Element.END_ACCESS_GRANTED,
                () -> ProcessConstants.Element.END_ACCESS_GRANTED
                        .equals(driver.instance("sms-crash").orElseThrow().endActivityId()), processInstanceId);
        assertThat(db.sql("SELECT status FROM security_code WHERE process_instance_id = ?").param(processInstanceId)
                .query(String.class).list()).containsExactly("REDEEMED");
        assertThat(incidents()).isZero();
        assertThat(provider.delivered()).hasSize(1);
    }

    /** Polls until the condition holds; fails at once when the case has an incident, with its message. */
    private void awaitOrFail(Duration timeout, String what, BooleanSupplier condition, String processInstanceId)
            throws InterruptedException {
        cluster.awaitOrFail(timeout, condition, processInstanceId, () -> "not within " + timeout + ": " + what
                + "; provider " + provider.requests().stream().map(SmsProviderStub.Request::key).toList() + "\n"
                + node.logTail(40));
    }

    private long incidents() throws IOException, InterruptedException {
        return cluster.incidents(node);
    }

    private long count(String sql, Object... params) {
        return cluster.count(sql, params);
    }
}
