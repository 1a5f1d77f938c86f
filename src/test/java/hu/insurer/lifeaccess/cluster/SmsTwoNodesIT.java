package hu.insurer.lifeaccess.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import hu.insurer.lifeaccess.process.ProcessConstants;
import hu.insurer.lifeaccess.support.SmsProviderStub;

/**
 * Two nodes of the packaged application on one fresh PostgreSQL database, both with the HTTP SMS gateway to the
 * same provider stub in this JVM (which answers in 50–200 ms and delivers a key once): 100 cases are signed, half
 * on each node, while an administrator holds the sending job's definition suspended (as Cockpit does), then it is
 * activated, so both job executors send all 100 codes at once and compete for the same jobs. Each case's code must
 * go out under exactly one key with one text and become ACTIVE once, with no incident. Run by
 * {@code ./mvnw verify -Pcluster-it}; figures are printed as {@code [sms-nodes]} lines.
 */
@ExtendWith(ClusterAvailableCondition.WithoutLoadBalancer.class)
class SmsTwoNodesIT {

    private static final int CASES = Integer.getInteger("sms-nodes.cases", 100);
    private static final int AGENTS = 6;
    private static final int LOCK_TIME_MILLIS = 15_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SENDING_JOBS = "SELECT COUNT(*) FROM act_ru_job j JOIN act_ru_jobdef d "
            + "ON d.id_ = j.job_def_id_ WHERE d.act_id_ = ?";

    private SmsNodes cluster;
    private JdbcClient db;
    private SmsProviderStub provider;
    private final List<ApplicationNode> nodes = new ArrayList<>();

    @BeforeEach
    void twoNodesOnAFreshDatabase() throws Exception {
        cluster = new SmsNodes("life_access_cluster_it_sms_nodes_", AGENTS + 2, LOCK_TIME_MILLIS,
                Duration.ofMillis(50), Duration.ofMillis(200));
        db = cluster.db();
        provider = cluster.provider();
        for (String nodeId : List.of("sms-node-a", "sms-node-b")) {
            nodes.add(cluster.node(nodeId, ApplicationNode.freePort()));
        }
        SmsNodes.start(nodes);
        System.out.println("[sms-nodes] both nodes ready: " + nodes.stream()
                .map(node -> node.nodeId() + " after " + node.startup().toMillis() + " ms").toList());
    }

    @AfterEach
    void stopEverything() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void aHundredCodesSentAtOnceFromTwoNodesGoOutOnceEach() throws Exception {
        List<CaseDriver.Customer> customers = ClusterCustomers.load(cluster.dataSource(), 600_000_000, CASES);
        assertThat(customers).hasSize(CASES);
        String jobDefinition = sendingJobDefinition();
        assertThat(suspend(jobDefinition, true)).isEqualTo(204);

        List<CaseDriver> drivers = nodes.stream().map(node -> new CaseDriver(cluster.http(), node.url(), db))
                .toList();
        List<String> cases = signAll(customers, drivers);
        assertThat(cases).hasSize(CASES).doesNotHaveDuplicates();
        assertThat(count(SENDING_JOBS + " AND j.suspension_state_ = 2",
                ProcessConstants.Element.SEND_SECURITY_CODE)).as("suspended sending jobs").isEqualTo(CASES);
        assertThat(count("SELECT COUNT(*) FROM security_code")).isZero();
        assertThat(provider.requests()).isEmpty();

        long started = System.nanoTime();
        assertThat(suspend(jobDefinition, false)).isEqualTo(204);
        cluster.awaitOrFail(Duration.ofMinutes(2),
                () -> count("SELECT COUNT(*) FROM security_code WHERE status = 'ACTIVE'") >= CASES
                        && count(SENDING_JOBS, ProcessConstants.Element.SEND_SECURITY_CODE) <= 0,
                null, () -> "not all sent within 2 minutes: " + db.sql(
                        "SELECT status, COUNT(*) FROM security_code GROUP BY status").query().listOfRows()
                        + ", provider " + provider);
        double seconds = (System.nanoTime() - started) / 1e9;

        Map<String, Set<String>> textsByKey = provider.textsByKey();
        List<SmsProviderStub.Request> requests = provider.requests();
        Map<String, Long> jobsPerNode = new ConcurrentHashMap<>();
        db.sql("SELECT hostname_, COUNT(*) FROM act_hi_job_log WHERE job_state_ = 2 AND act_id_ = ? GROUP BY hostname_")
                .param(ProcessConstants.Element.SEND_SECURITY_CODE)
                .query((rs, row) -> jobsPerNode.put(rs.getString(1), rs.getLong(2))).list();
        long failedAttempts = count("""
                SELECT COUNT(*) FROM act_hi_job_log WHERE job_state_ = 1 AND act_id_ = ?""",
                ProcessConstants.Element.SEND_SECURITY_CODE);
        Map<String, Long> overlap = maxConcurrentRequests(requests);
        System.out.printf("[sms-nodes] %d codes sent from two nodes in %.1f s after the activation: the provider got "
                + "%d requests under %d distinct keys, delivered %d SMS; %d ACTIVE codes; sending jobs finished per node "
                + "%s, %d failed attempts; %s%n", CASES, seconds, requests.size(), textsByKey.size(),
                provider.delivered().size(), count("SELECT COUNT(*) FROM security_code WHERE status = 'ACTIVE'"),
                jobsPerNode, failedAttempts, overlap);

        assertThat(textsByKey).hasSize(CASES).allSatisfy((key, texts) ->
                assertThat(texts).as("texts under " + key).hasSize(1));
        assertThat(textsByKey.keySet()).containsExactlyInAnyOrderElementsOf(
                cases.stream().map(id -> "code-" + id + "-1").toList());
        assertThat(provider.delivered()).hasSize(CASES);
        assertThat(requests).allSatisfy(request -> assertThat(request.authenticated()).isTrue());

        List<Map<String, Object>> codesPerCase = db.sql("""
                SELECT process_instance_id, COUNT(*) AS codes, MIN(status) AS status, MIN(message_key) AS message_key
                FROM security_code GROUP BY process_instance_id""").query().listOfRows();
        assertThat(codesPerCase).hasSize(CASES).allSatisfy(row -> {
            assertThat(((Number) row.get("codes")).longValue()).as(row.toString()).isEqualTo(1);
            assertThat(row.get("status")).as(row.toString()).isEqualTo("ACTIVE");
        });
        assertThat(codesPerCase.stream().map(row -> (String) row.get("process_instance_id")).toList())
                .containsExactlyInAnyOrderElementsOf(cases);
        assertThat(count("SELECT COUNT(*) FROM security_code WHERE status = 'ACTIVE'")).isEqualTo(CASES);
        assertThat(count("SELECT COUNT(*) FROM act_ru_execution WHERE act_id_ = ?",
                ProcessConstants.Element.AWAIT_REDEMPTION)).isEqualTo(CASES);
        // a healthy provider and database: no attempt fails (a job executor thread waiting for a database
        // connection that its fellow threads hold would fail here after the connection timeout)
        assertThat(failedAttempts).as("failed sending attempts").isZero();
        assertThat(jobsPerNode).containsOnlyKeys("sms-node-a", "sms-node-b");
        assertThat(jobsPerNode.values()).allSatisfy(jobs -> assertThat(jobs).isPositive());
        assertThat(jobsPerNode.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(CASES);
        for (ApplicationNode node : nodes) {
            assertThat(cluster.incidents(node)).as("incidents seen by " + node.nodeId()).isZero();
        }
    }

    /** Drives every case to the signature, case i on node i mod 2, by several agents at once. */
    private List<String> signAll(List<CaseDriver.Customer> customers, List<CaseDriver> drivers) throws Exception {
        Map<Integer, String> cases = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        ExecutorService agents = Executors.newFixedThreadPool(AGENTS);
        long started = System.nanoTime();
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < AGENTS; i++) {
                work.add(agents.submit(() -> {
                    for (int n = next.getAndIncrement(); n < customers.size(); n = next.getAndIncrement()) {
                        CaseDriver driver = drivers.get(n % drivers.size());
                        String label = "sms-nodes-" + n;
                        driver.untilSending(label, customers.get(n), Duration.ofMinutes(4));
                        cases.put(n, driver.instance(label).orElseThrow().id());
                    }
                    return null;
                }));
            }
            for (Future<?> future : work) {
                future.get(15, TimeUnit.MINUTES);
            }
        } finally {
            agents.shutdownNow();
        }
        System.out.printf("[sms-nodes] %d cases signed through both nodes by %d agents in %.1f s%n", cases.size(),
                AGENTS, (System.nanoTime() - started) / 1e9);
        return List.copyOf(cases.values());
    }

    /** The most requests the provider had in its hands at once (a request is held 50–200 ms). */
    private static Map<String, Long> maxConcurrentRequests(List<SmsProviderStub.Request> requests) {
        List<Long> times = requests.stream().map(SmsProviderStub.Request::receivedAtNanos).sorted().toList();
        long most = 0;
        for (int i = 0, j = 0; i < times.size(); i++) {
            while (times.get(i) - times.get(j) > Duration.ofMillis(50).toNanos()) {
                j++;
            }
            most = Math.max(most, i - j + 1);
        }
        return Map.of("most requests received within 50 ms", most);
    }

    private String sendingJobDefinition() throws IOException, InterruptedException {
        HttpResponse<String> response = cluster.admin(HttpRequest.newBuilder(URI.create(nodes.get(0).url()
                + "/engine-rest/job-definition?activityIdIn=" + ProcessConstants.Element.SEND_SECURITY_CODE
                + "&processDefinitionKey=" + ProcessConstants.PROCESS_KEY)).GET());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode definitions = JSON.readTree(response.body());
        assertThat(definitions.size()).isEqualTo(1);
        return definitions.get(0).get("id").asText();
    }

    /** The administrator suspends or activates the job definition with its jobs, as Cockpit offers. */
    private int suspend(String jobDefinitionId, boolean suspended) throws IOException, InterruptedException {
        return cluster.admin(HttpRequest.newBuilder(URI.create(nodes.get(1).url() + "/engine-rest/job-definition/"
                + jobDefinitionId + "/suspended")).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"suspended\": " + suspended + ", \"includeJobs\": true}")))
                .statusCode();
    }

    private long count(String sql, Object... params) {
        return cluster.count(sql, params);
    }
}
