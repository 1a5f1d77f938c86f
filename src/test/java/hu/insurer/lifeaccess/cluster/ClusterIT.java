package hu.insurer.lifeaccess.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;

import hu.insurer.lifeaccess.process.ProcessConstants;
import hu.insurer.lifeaccess.support.CamundaHttp;
import hu.insurer.lifeaccess.support.ScratchPostgres;
import hu.insurer.lifeaccess.support.SmsInbox;
import hu.insurer.lifeaccess.support.StandardCaseForms;

/**
 * Two nodes of the packaged application on one fresh PostgreSQL database behind HAProxy, as an operator runs them:
 * both started at the same moment, then cases through the load balancer with both job executors working, a node
 * killed while cases are sent, a redemption race across the nodes, an agent's session outliving its node, and the
 * metrics. Run by {@code ./mvnw verify -Pcluster-it} (CI); figures are printed as {@code [cluster]} lines.
 */
@ExtendWith(ClusterAvailableCondition.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final int CASES = Integer.getInteger("cluster.cases", 200);
    private static final int CASES_DURING_KILL = Integer.getInteger("cluster.kill-cases", 60);
    private static final int AGENTS = Integer.getInteger("cluster.agents", 6);
    private static final int LOCK_TIME_MILLIS = 15_000;
    // the second node waits for the first one's start; on a busy 2-core machine each may take minutes
    private static final Duration STARTUP = Duration.ofMinutes(10);
    private static final String BIRTH_DATE = ClusterCustomers.BIRTH_DATE;
    private static final Pattern SAMPLE = Pattern.compile("^([a-z_]+)\\{([^}]*)\\} ([0-9.E+-]+)$", Pattern.MULTILINE);

    private ScratchPostgres database;
    private HikariDataSource dataSource;
    private JdbcClient db;
    private final List<ApplicationNode> nodes = new ArrayList<>();
    private ApplicationNode nodeA;
    private ApplicationNode nodeB;
    private LoadBalancer loadBalancer;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private CaseDriver driver;
    private final List<CaseDriver.Customer> customers = new ArrayList<>();
    private final AtomicInteger nextCustomer = new AtomicInteger();

    @BeforeAll
    void startTwoNodesAtTheSameMomentOnAnEmptyDatabase() throws Exception {
        database = ScratchPostgres.create("life_access_cluster_it_");
        System.out.println("[cluster] fresh database " + database.name());
        nodeA = node("node-a", freePort());
        nodeB = node("node-b", freePort());
        nodeA.start();
        nodeB.start();
        ApplicationNode.awaitReady(List.of(nodeA, nodeB), STARTUP);
        System.out.println("[cluster] started at the same moment: node-a ready after " + nodeA.startup().toMillis()
                + " ms, node-b after " + nodeB.startup().toMillis() + " ms");
        loadBalancer = new LoadBalancer(freePort());
        loadBalancer.start(List.of(nodeA, nodeB));

        dataSource = database.pool(AGENTS + 2);
        db = JdbcClient.create(dataSource);
        driver = new CaseDriver(http, loadBalancer.url(), db);
        loadCustomers(CASES + CASES_DURING_KILL + 20);
    }

    @AfterAll
    void stopEverything() throws Exception {
        if (loadBalancer != null) {
            loadBalancer.stop();
        }
        nodes.forEach(ApplicationNode::stop);
        if (dataSource != null) {
            dataSource.close();
        }
        if (database != null) {
            database.drop();
        }
    }

    @Test
    @Order(1)
    void bothNodesStartedAtTheSameMomentSetUpTheDatabaseExactlyOnce() {
        assertThat(count("SELECT COUNT(*) FROM act_re_deployment")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM act_re_procdef WHERE key_ = ?", ProcessConstants.PROCESS_KEY))
                .isEqualTo(1);
        assertThat(db.sql("SELECT id_ FROM act_id_group ORDER BY id_").query(String.class).list())
                .containsExactly("agents", "auditors", "camunda-admin", "monitoring", "supervisors");
        assertThat(count("""
                SELECT COUNT(*) FROM (SELECT 1 FROM act_ru_authorization
                GROUP BY type_, group_id_, user_id_, resource_type_, resource_id_ HAVING COUNT(*) > 1) twice"""))
                .isZero();
        long authorizations = count("SELECT COUNT(*) FROM act_ru_authorization WHERE group_id_ IS NOT NULL");
        assertThat(count("SELECT COUNT(*) FROM act_ru_filter WHERE name_ = 'Saját ügyeim feladatai'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM act_ru_filter WHERE name_ = 'Minden nyitott ügy (csoportvezető)'"))
                .isEqualTo(1);
        List<String> migrations = db.sql("SELECT version FROM flyway_schema_history ORDER BY installed_rank")
                .query(String.class).list();
        assertThat(migrations).doesNotHaveDuplicates().contains("1", "3");
        assertThat(count("SELECT COUNT(*) FROM flyway_schema_history WHERE NOT success")).isZero();
        assertThat(count("SELECT COUNT(*) FROM act_id_user")).isEqualTo(6);
        assertThat(count("SELECT COUNT(*) FROM customer WHERE customer_card_number = '123456789'")).isEqualTo(1);

        List<String> waited = nodes.stream().filter(node -> node.logText().contains("waiting for the cluster start-up lock"))
                .map(ApplicationNode::nodeId).toList();
        System.out.println("[cluster] after the simultaneous start: 1 deployment, 1 process definition version, "
                + "5 groups, " + authorizations + " group authorizations (none twice), 1 agents' and 1 supervisors' filter, Flyway "
                + migrations + " once each; waited for the start-up lock: " + waited);
        assertThat(waited).as("the second node waited for the first one's start").hasSize(1);
        for (ApplicationNode node : nodes) {
            assertThat(node.logText()).contains("Node " + node.nodeId() + " ready:", "job executor on (lock owner "
                    + node.nodeId() + ", lock time " + LOCK_TIME_MILLIS + " ms");
        }
    }

    @Test
    @Order(2)
    void twoSimultaneousRedemptionsOfOneCodeOnTwoNodesMeanOneSuccess() throws Exception {
        ExecutorService portal = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                CaseDriver.Customer customer = nextCustomer();
                String businessKey = "cluster-race-" + round;
                String code = SmsInbox.codeFor(db, driver.untilCodeActive(businessKey, customer, Duration.ofMinutes(2)));
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Integer>> answers = new ArrayList<>();
                for (ApplicationNode node : List.of(nodeA, nodeB)) {
                    answers.add(portal.submit(() -> {
                        together.await(10, TimeUnit.SECONDS);
                        return driver.post(node.url(), "/api/portal/security-code-redemptions", """
                                {"customerCardNumber": "%s", "birthDate": "%s", "code": "%s"}"""
                                .formatted(customer.cardNumber(), BIRTH_DATE, code), "portal");
                    }));
                }
                List<Integer> statuses = List.of(answers.get(0).get(30, TimeUnit.SECONDS),
                        answers.get(1).get(30, TimeUnit.SECONDS));
                System.out.println("[cluster] race " + round + ": node-a answered " + statuses.get(0) + ", node-b "
                        + statuses.get(1));
                assertThat(statuses).containsExactlyInAnyOrder(200, 422);
                // the case is closed by a job right after the answer, on either node
                assertThat(driver.untilEnd(businessKey, customer, Duration.ofMinutes(1)))
                        .isEqualTo(ProcessConstants.Element.END_ACCESS_GRANTED);
                assertThat(count("SELECT COUNT(*) FROM security_code WHERE customer_id = ? AND status = 'REDEEMED'",
                        customer.id())).isEqualTo(1);
            }
        } finally {
            portal.shutdownNow();
        }
    }

    @Test
    @Order(3)
    void twoHundredCasesThroughTheLoadBalancerRunOnBothNodesWithOneSmsEach() throws Exception {
        long started = System.nanoTime();
        Map<String, String> ends = driveCases("cluster-case-", CASES, () -> { });
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("[cluster] %d cases through the load balancer by %d agents in %.1f s: %.2f cases/s, "
                + "%d failed requests%n", CASES, AGENTS, seconds, CASES / seconds, driver.failedRequests.get());

        assertThat(ends).hasSize(CASES).allSatisfy((key, end) ->
                assertThat(end).as(key).isEqualTo(ProcessConstants.Element.END_ACCESS_GRANTED));
        assertOneCodeAndOneSmsPerCase("cluster-case-", CASES);
        Map<String, Long> jobsPerNode = sendJobsPerNode("cluster-case-");
        System.out.println("[cluster] code-sending jobs per node: " + jobsPerNode);
        assertThat(jobsPerNode).containsOnlyKeys("node-a", "node-b");
        assertThat(jobsPerNode.values()).allSatisfy(jobs -> assertThat(jobs).isPositive());
        assertThat(jobsPerNode.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(CASES);
    }

    @Test
    @Order(4)
    void aNodeKilledWhileCasesAreSentLosesNoCaseAndSendsNoSmsTwice() throws Exception {
        List<String> lockedAtKill = new ArrayList<>();
        long[] killedAt = new long[1];
        long started = System.nanoTime();
        Map<String, String> ends = driveCases("cluster-kill-", CASES_DURING_KILL, () -> {
            // kill node-a once it holds jobs it has not finished: they stay locked until the lock time is over
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline && lockedAtKill.isEmpty()) {
                try {
                    if (!heldByNodeA().isEmpty() && casesOf("cluster-kill-") >= CASES_DURING_KILL / 4) {
                        // frozen, node-a commits nothing more, and what it committed just before has landed after a
                        // moment: the jobs it still holds are the ones it took and will never finish
                        nodeA.pause();
                        Thread.sleep(300);
                        List<String> held = heldByNodeA();
                        if (held.isEmpty()) {
                            // it had finished them all in the meantime: let it go on and wait for others
                            nodeA.resume();
                        } else {
                            nodeA.kill9();
                            killedAt[0] = System.nanoTime();
                            lockedAtKill.addAll(held);
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                if (!lockedAtKill.isEmpty()) {
                    System.out.println("[cluster] node-a killed with kill -9 (pid " + nodeA.pid() + ") holding "
                            + lockedAtKill.size() + " locked jobs");
                    // a node starts while the other works: node-a comes back under a new id, so its jobs can be told apart
                    ApplicationNode restarted = node("node-a2", nodeA.port());
                    restarted.start();
                    nodeA = restarted;
                    return;
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("[cluster] %d cases with node-a killed in the middle, in %.1f s (%d failed requests, "
                + "retried after looking at the case)%n", CASES_DURING_KILL, seconds, driver.failedRequests.get());

        assertThat(killedAt[0]).as("node-a was killed holding jobs").isPositive();
        assertThat(ends).hasSize(CASES_DURING_KILL).allSatisfy((key, end) ->
                assertThat(end).as(key).isEqualTo(ProcessConstants.Element.END_ACCESS_GRANTED));
        assertOneCodeAndOneSmsPerCase("cluster-kill-", CASES_DURING_KILL);
        assertThat(count("SELECT COUNT(*) FROM security_code WHERE status = 'PENDING'")).isZero();
        for (String job : lockedAtKill) {
            List<String> ranOn = db.sql("SELECT hostname_ FROM act_hi_job_log WHERE job_id_ = ? AND job_state_ = 2")
                    .param(job).query(String.class).list();
            System.out.println("[cluster] job " + job + " locked by the killed node-a finished on " + ranOn);
            assertThat(ranOn).hasSize(1).doesNotContain("node-a");
        }
        System.out.println("[cluster] code-sending jobs per node in the kill run: " + sendJobsPerNode("cluster-kill-"));

        nodeA.awaitReady(STARTUP);
        System.out.println("[cluster] node-a2 started while node-b worked, ready after " + nodeA.startup().toMillis()
                + " ms");
        assertThat(count("SELECT COUNT(*) FROM act_re_deployment")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM act_ru_filter WHERE name_ = 'Saját ügyeim feladatai'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM act_ru_filter WHERE name_ = 'Minden nyitott ügy (csoportvezető)'"))
                .isEqualTo(1);
    }

    @Test
    @Order(5)
    void theMetricsNeedCredentialsAndShowTheCounters() throws Exception {
        assertThat(get(loadBalancer.url() + "/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(get(loadBalancer.url() + "/actuator/prometheus", "agent").statusCode()).isEqualTo(403);
        Map<String, Double> total = new ConcurrentHashMap<>();
        for (ApplicationNode node : List.of(nodeA, nodeB)) {
            assertThat(get(node.url() + "/actuator/prometheus", null).statusCode()).isEqualTo(401);
            HttpResponse<String> metrics = get(node.url() + "/actuator/prometheus", "monitor");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body()).contains("lifeaccess_security_codes_total{event=\"issued\"",
                    "lifeaccess_security_codes_total{event=\"redeemed\"", "lifeaccess_security_codes_total{event=\"locked\"",
                    "lifeaccess_security_codes_total{event=\"expired\"", "lifeaccess_security_codes_total{event=\"superseded\"",
                    "lifeaccess_sms_seconds_count{result=\"sent\"", "lifeaccess_sms_seconds_count{result=\"failed\"",
                    "lifeaccess_redemption_seconds_count{outcome=\"REGISTERED\"", "lifeaccess_incidents_open",
                    "lifeaccess_jobs_executable", "lifeaccess_jobs_acquired");
            Matcher sample = SAMPLE.matcher(metrics.body());
            while (sample.find()) {
                if (sample.group(1).startsWith("lifeaccess_") && !sample.group(1).endsWith("_bucket")) {
                    total.merge(sample.group(1) + "{" + sample.group(2).replaceAll(",?application=\"[^\"]*\"", "")
                            + "}@" + node.nodeId(), Double.parseDouble(sample.group(3)), Double::sum);
                }
            }
        }
        total.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> System.out.println("[cluster] metric " + entry.getKey() + " = " + entry.getValue()));
        double issuedOnB = total.getOrDefault("lifeaccess_security_codes_total{event=\"issued\"}@node-b", 0.0);
        assertThat(issuedOnB).isPositive();
        assertThat(total.getOrDefault("lifeaccess_sms_seconds_count{result=\"sent\"}@node-b", 0.0)).isEqualTo(issuedOnB);
    }

    @Test
    @Order(6)
    void anAgentKeepsWorkingWhenTheNodeThatServedTheLoginStops() throws Exception {
        CamundaHttp agent = new CamundaHttp(loadBalancer.url());
        HttpResponse<String> login = agent.webappLogin("tasklist", "agent", "agent");
        assertThat(login.statusCode()).isEqualTo(200);
        String loginNode = login.headers().firstValue("X-Served-By").orElseThrow();
        CaseDriver.Customer customer = nextCustomer();
        // Tasklist's start dialog lists the startable processes first (a GET, which also hands out the new session's
        // CSRF token), then submits the start form of the chosen one
        HttpResponse<String> startable = agent.webappGet("/camunda/api/engine/engine/default/process-definition?"
                + "latestVersion=true&active=true&startableInTasklist=true&startablePermissionCheck=true");
        assertThat(startable.statusCode()).isEqualTo(200);
        String definitionId = new ObjectMapper().readTree(startable.body()).get(0).get("id").asText();
        HttpResponse<String> started = agent.webappPostJson("/camunda/api/engine/engine/default/process-definition/"
                + definitionId + "/submit-form", StandardCaseForms.start(customer.cardNumber()));
        assertThat(started.statusCode()).isEqualTo(200);

        // HAProxy names its servers after the first nodes on their ports (node-a2 took node-a's port)
        int loginPort = "node-a".equals(loginNode) ? nodeA.port() : nodeB.port();
        ApplicationNode served = nodes.stream().filter(node -> node.port() == loginPort && node.isAlive())
                .findFirst().orElseThrow();
        served.stop();
        System.out.println("[cluster] the agent logged in through HAProxy's " + loginNode + " (" + served.nodeId()
                + "), which was then stopped");

        HttpResponse<String> user = agent.webappGet("/camunda/api/admin/auth/user/default");
        assertThat(user.statusCode()).isEqualTo(200);
        assertThat(user.body()).contains("\"userId\":\"agent\"");
        driver.remember("cluster-session", customer);
        HttpResponse<String> tasks = agent.webappGet("/camunda/api/engine/engine/default/task?processInstanceId="
                + driver.instance("cluster-session").orElseThrow().id());
        assertThat(tasks.statusCode()).isEqualTo(200);
        String taskId = tasks.body().replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
        HttpResponse<String> identified = agent.webappPostJson("/camunda/api/engine/engine/default/task/" + taskId
                + "/submit-form", """
                {"variables": {
                  "customerId": {"value": "%d", "type": "String"},
                  "identityDocumentType": {"value": "ID_CARD", "type": "String"},
                  "identityDocumentNumber": {"value": "987654CD", "type": "String"},
                  "identityVerified": {"value": true, "type": "Boolean"},
                  "identifyDecision": {"value": "IDENTIFIED", "type": "String"}}}""".formatted(customer.id()));
        assertThat(identified.statusCode()).isEqualTo(204);
        String otherNode = identified.headers().firstValue("X-Served-By").orElseThrow();
        System.out.println("[cluster] after the stop the same session (and CSRF token) worked on " + otherNode);
        assertThat(otherNode).isNotEqualTo(loginNode);
        assertThat(driver.untilEnd("cluster-session", customer, Duration.ofMinutes(2)))
                .isEqualTo(ProcessConstants.Element.END_ACCESS_GRANTED);
    }

    private Map<String, String> driveCases(String prefix, int cases, Runnable meanwhile) throws Exception {
        Map<String, String> ends = new ConcurrentHashMap<>();
        ExecutorService agents = Executors.newFixedThreadPool(AGENTS);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> work = new ArrayList<>();
        try {
            for (int i = 0; i < AGENTS; i++) {
                work.add(agents.submit(() -> {
                    for (int n = next.getAndIncrement(); n < cases; n = next.getAndIncrement()) {
                        String key = prefix + n;
                        ends.put(key, driver.untilEnd(key, nextCustomer(), Duration.ofMinutes(4)));
                    }
                    return null;
                }));
            }
            meanwhile.run();
            for (Future<?> future : work) {
                future.get(10, TimeUnit.MINUTES);
            }
        } finally {
            agents.shutdownNow();
        }
        return ends;
    }

    /** The process instances of the cases with these card numbers (named parameter {@code cards}). */
    private static final String CASES_OF = "SELECT proc_inst_id_ FROM act_hi_varinst "
            + "WHERE name_ = 'searchCustomerCardNumber' AND text_ IN (:cards)";

    /** The jobs node-a has taken and not finished (their lock has not run out). */
    private List<String> heldByNodeA() {
        return db.sql("SELECT id_ FROM act_ru_job WHERE lock_owner_ = 'node-a' AND lock_exp_time_ > CURRENT_TIMESTAMP")
                .query(String.class).list();
    }

    private long casesOf(String labels) {
        List<String> cards = driver.cardsOf(labels);
        return cards.isEmpty() ? 0 : db.sql("SELECT COUNT(DISTINCT proc_inst_id_) FROM act_hi_varinst "
                + "WHERE name_ = 'searchCustomerCardNumber' AND text_ IN (:cards)").param("cards", cards)
                .query(Long.class).single();
    }

    private void assertOneCodeAndOneSmsPerCase(String labels, int cases) {
        List<Map<String, Object>> perCase = db.sql("""
                SELECT p.business_key_, COUNT(DISTINCT c.id) AS codes, COUNT(o.idempotency_key) AS sms,
                       MIN(c.status) AS status
                FROM act_hi_procinst p
                LEFT JOIN security_code c ON c.process_instance_id = p.id_
                LEFT JOIN sms_outbox o ON o.idempotency_key = c.message_key
                WHERE p.id_ IN (%s) GROUP BY p.business_key_""".formatted(CASES_OF)).param("cards", driver.cardsOf(labels))
                .query().listOfRows();
        assertThat(perCase).hasSize(cases).allSatisfy(row -> {
            assertThat(((Number) row.get("codes")).longValue()).as(row.toString()).isEqualTo(1);
            assertThat(((Number) row.get("sms")).longValue()).as(row.toString()).isEqualTo(1);
            assertThat(row.get("status")).as(row.toString()).isEqualTo("REDEEMED");
        });
        long sms = db.sql("""
                SELECT COUNT(*) FROM sms_outbox o JOIN security_code c ON o.idempotency_key = c.message_key
                JOIN act_hi_procinst p ON p.id_ = c.process_instance_id WHERE p.id_ IN (%s)""".formatted(CASES_OF))
                .param("cards", driver.cardsOf(labels)).query(Long.class).single();
        System.out.println("[cluster] " + labels + "*: " + cases + " cases, " + sms + " SMS, one per case");
        assertThat(sms).isEqualTo(cases);
    }

    private Map<String, Long> sendJobsPerNode(String labels) {
        Map<String, Long> perNode = new ConcurrentHashMap<>();
        db.sql("""
                SELECT l.hostname_, COUNT(*) FROM act_hi_job_log l JOIN act_hi_procinst p ON p.id_ = l.process_instance_id_
                WHERE l.job_state_ = 2 AND l.act_id_ = :activity AND p.id_ IN (%s) GROUP BY l.hostname_""".formatted(CASES_OF))
                .param("activity", ProcessConstants.Element.SEND_SECURITY_CODE).param("cards", driver.cardsOf(labels))
                .query((rs, row) -> perNode.put(rs.getString(1), rs.getLong(2))).list();
        return perNode;
    }

    private void loadCustomers(int count) {
        customers.addAll(ClusterCustomers.load(dataSource, 400_000_000, count));
        assertThat(customers).hasSize(count);
    }

    private CaseDriver.Customer nextCustomer() {
        return customers.get(nextCustomer.getAndIncrement());
    }

    private ApplicationNode node(String nodeId, int port) {
        ApplicationNode node = new ApplicationNode(nodeId, port, ApplicationNode.onPostgres(database, LOCK_TIME_MILLIS));
        nodes.add(node);
        return node;
    }

    private long count(String sql, Object... params) {
        return db.sql(sql).params(params).query(Long.class).single();
    }

    private HttpResponse<String> get(String url, String user) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        return ApplicationNode.freePort();
    }
}
