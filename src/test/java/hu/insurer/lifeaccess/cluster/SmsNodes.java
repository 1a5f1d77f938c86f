package hu.insurer.lifeaccess.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;

import hu.insurer.lifeaccess.support.ScratchPostgres;
import hu.insurer.lifeaccess.support.SmsProviderStub;

/**
 * What the SMS tests on packaged JVMs share: a fresh PostgreSQL database with a pool of the test's own on it, an SMS
 * provider stub in this JVM, and nodes of the packaged application with the HTTP SMS gateway to that stub, all
 * stopped, closed and dropped by {@link #close()}.
 */
final class SmsNodes implements AutoCloseable {

    static final Duration STARTUP = Duration.ofMinutes(10);
    private static final String PROVIDER_USER = "lifeaccess";
    private static final String PROVIDER_PASSWORD = "stub-secret";
    private static final String RETRY_CYCLE = "R5/PT1S";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int lockTimeMillis;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<ApplicationNode> nodes = new ArrayList<>();
    private ScratchPostgres database;
    private HikariDataSource dataSource;
    private JdbcClient db;
    private SmsProviderStub provider;

    /**
     * A database named {@code databasePrefix} plus a random suffix, a pool of {@code poolSize} connections on it, and
     * a provider that answers in {@code minLatency}–{@code maxLatency}; nodes hold their job locks for
     * {@code lockTimeMillis}.
     */
    SmsNodes(String databasePrefix, int poolSize, int lockTimeMillis, Duration minLatency, Duration maxLatency)
            throws SQLException {
        this.lockTimeMillis = lockTimeMillis;
        try {
            database = ScratchPostgres.create(databasePrefix);
            dataSource = database.pool(poolSize);
            db = JdbcClient.create(dataSource);
            provider = new SmsProviderStub(PROVIDER_USER, PROVIDER_PASSWORD, minLatency, maxLatency);
        } catch (SQLException | RuntimeException e) {
            try {
                close();
            } catch (SQLException | RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    HttpClient http() {
        return http;
    }

    HikariDataSource dataSource() {
        return dataSource;
    }

    JdbcClient db() {
        return db;
    }

    SmsProviderStub provider() {
        return provider;
    }

    /** A node on the database with the HTTP SMS gateway to the stub (not started); {@link #close()} stops it. */
    ApplicationNode node(String nodeId, int port) {
        ApplicationNode node = new ApplicationNode(nodeId, port, ApplicationNode.withHttpSms(
                ApplicationNode.onPostgres(database, lockTimeMillis), provider.url(), PROVIDER_USER,
                PROVIDER_PASSWORD, RETRY_CYCLE));
        nodes.add(node);
        return node;
    }

    /** Starts the nodes at once and waits until all are ready. */
    static void start(List<ApplicationNode> nodes) throws InterruptedException {
        nodes.forEach(ApplicationNode::start);
        ApplicationNode.awaitReady(nodes, STARTUP);
    }

    long count(String sql, Object... params) {
        return db.sql(sql).params(params).query(Long.class).single();
    }

    /**
     * Polls every 200 ms until the condition holds; fails at once when there is an incident (the case's, or any when
     * {@code processInstanceId} is null) with its message, and with {@code failure} after {@code timeout}.
     */
    void awaitOrFail(Duration timeout, BooleanSupplier condition, String processInstanceId, Supplier<String> failure)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            List<String> incidents = processInstanceId == null
                    ? db.sql("SELECT incident_msg_ FROM act_ru_incident").query(String.class).list()
                    : db.sql("SELECT incident_msg_ FROM act_ru_incident WHERE proc_inst_id_ = ?")
                            .param(processInstanceId).query(String.class).list();
            assertThat(incidents).as(processInstanceId == null ? "incidents" : "incidents of the case").isEmpty();
            if (System.nanoTime() > deadline) {
                throw new AssertionError(failure.get());
            }
            Thread.sleep(200);
        }
    }

    /** The incidents the node's engine-rest counts. */
    long incidents(ApplicationNode node) throws IOException, InterruptedException {
        HttpResponse<String> response = admin(HttpRequest.newBuilder(URI.create(node.url()
                + "/engine-rest/incident/count")).GET());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body()).get("count").asLong();
    }

    /** Sends the request as {@code admin}. */
    HttpResponse<String> admin(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws SQLException {
        nodes.forEach(ApplicationNode::stop);
        if (provider != null) {
            provider.close();
        }
        if (dataSource != null) {
            dataSource.close();
        }
        if (database != null) {
            database.drop();
        }
    }
}
