package hu.insurer.lifeaccess.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * One node starts at a time: on PostgreSQL a session-level advisory lock, taken on a connection of its own just
 * before Flyway migrates and held until the application is ready, covers everything a start writes — Flyway,
 * Camunda's schema creation (which is not safe against a second node creating it at the same moment), the
 * deployment, the groups, authorizations and filters ({@code AccessSetup}, {@code CaseAccessSetup}), the demo users
 * and customers.
 * A node that finds the lock taken waits; a node that dies while holding it frees it with its connection.
 * H2 is a single-node database: there is nothing to lock.
 */
@Component
class ClusterStartupLock implements FlywayMigrationStrategy, ApplicationListener<ApplicationReadyEvent>,
        DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterStartupLock.class);

    /** The two keys of pg_advisory_lock(int, int): the application ("LfAc") and its start-up. */
    static final int LOCK_CLASS = 0x4c664163;
    static final int LOCK_STARTUP = 1;
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration REPORT_EVERY = Duration.ofSeconds(10);

    private final DataSource dataSource;
    private final NodeIdentity node;
    private final Duration timeout;
    private Connection connection;
    private long takenAt;

    ClusterStartupLock(DataSource dataSource, NodeIdentity node,
            @Value("${life-access.cluster.startup-lock-timeout:10m}") Duration timeout) {
        this.dataSource = dataSource;
        this.node = node;
        this.timeout = timeout;
    }

    @Override
    public void migrate(Flyway flyway) {
        acquire();
        flyway.migrate();
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        release();
    }

    @Override
    public void destroy() {
        release();
    }

    synchronized void acquire() {
        if (connection != null) {
            return;
        }
        try {
            Connection candidate = dataSource.getConnection();
            if (!"PostgreSQL".equals(candidate.getMetaData().getDatabaseProductName())) {
                candidate.close();
                return;
            }
            long started = System.nanoTime();
            waitFor(candidate, started);
            connection = candidate;
            takenAt = System.nanoTime();
            LOG.info("Node {}: cluster start-up lock taken after {} ms", node.nodeId(), millisSince(started));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the cluster start-up lock: " + e.getMessage(), e);
        }
    }

    private void waitFor(Connection candidate, long started) throws SQLException {
        long reported = started;
        while (!tryLock(candidate)) {
            if (System.nanoTime() - started > timeout.toNanos()) {
                candidate.close();
                throw new IllegalStateException("Node " + node.nodeId() + " waited " + timeout + " for the cluster "
                        + "start-up lock (" + holder(candidate) + "); is another node's start stuck?");
            }
            if (System.nanoTime() - reported >= REPORT_EVERY.toNanos() || reported == started) {
                LOG.info("Node {}: another node is starting, waiting for the cluster start-up lock ({})",
                        node.nodeId(), holder(candidate));
                reported = System.nanoTime();
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                candidate.close();
                throw new IllegalStateException("Interrupted while waiting for the cluster start-up lock", e);
            }
        }
    }

    synchronized void release() {
        if (connection == null) {
            return;
        }
        try (Connection held = connection;
                PreparedStatement unlock = held.prepareStatement("SELECT pg_advisory_unlock(?, ?)")) {
            unlock.setInt(1, LOCK_CLASS);
            unlock.setInt(2, LOCK_STARTUP);
            unlock.execute();
            LOG.info("Node {}: cluster start-up lock released after {} ms", node.nodeId(), millisSince(takenAt));
        } catch (SQLException e) {
            LOG.warn("Node {}: releasing the cluster start-up lock failed ({}); closing its connection frees it",
                    node.nodeId(), e.getMessage());
        } finally {
            connection = null;
        }
    }

    private static boolean tryLock(Connection candidate) throws SQLException {
        try (PreparedStatement lock = candidate.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
            lock.setInt(1, LOCK_CLASS);
            lock.setInt(2, LOCK_STARTUP);
            try (ResultSet result = lock.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    /** Who holds the lock, for the operator reading the waiting node's log. */
    private static String holder(Connection candidate) {
        try (PreparedStatement query = candidate.prepareStatement("""
                SELECT a.pid, a.client_addr, a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
                WHERE l.locktype = 'advisory' AND l.granted AND l.classid = ? AND l.objid = ? AND l.objsubid = 2""")) {
            query.setInt(1, LOCK_CLASS);
            query.setInt(2, LOCK_STARTUP);
            try (ResultSet result = query.executeQuery()) {
                return result.next()
                        ? "held by PostgreSQL backend " + result.getInt(1) + " of " + result.getString(2)
                                + (result.getString(3) == null || result.getString(3).isBlank() ? ""
                                        : " (" + result.getString(3) + ")")
                        : "holder not visible";
            }
        } catch (SQLException e) {
            return "holder unknown: " + e.getMessage();
        }
    }

    private static long millisSince(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos).toMillis();
    }
}
