package hu.insurer.lifeaccess.securitycode;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The security_code table. Status changes are compare-and-set updates ({@code WHERE status = expected}), so two
 * concurrent redemptions or attempts cannot both win, on H2 and on PostgreSQL alike.
 */
@Repository
class SecurityCodeRepository {

    private static final String COLUMNS = "id, customer_id, access_case, process_instance_id, code_hash, status, "
            + "failed_attempts, created_at, expires_at";

    private static final RowMapper<SecurityCodeRecord> RECORD = (rs, row) -> new SecurityCodeRecord(
            rs.getLong("id"), rs.getLong("customer_id"), rs.getString("access_case"),
            rs.getString("process_instance_id"), rs.getString("code_hash"),
            SecurityCodeStatus.valueOf(rs.getString("status")), rs.getInt("failed_attempts"),
            rs.getObject("created_at", OffsetDateTime.class), rs.getObject("expires_at", OffsetDateTime.class));

    private final JdbcClient jdbc;
    private final Clock clock;

    SecurityCodeRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    long insertPending(long customerId, String accessCase, String processInstanceId, String codeHash,
            OffsetDateTime createdAt, OffsetDateTime expiresAt) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO security_code (customer_id, access_case, process_instance_id, code_hash, status,
                    failed_attempts, created_at, expires_at, status_changed_at)
                VALUES (?, ?, ?, ?, 'PENDING', 0, ?, ?, ?)""")
                .params(customerId, accessCase, processInstanceId, codeHash, createdAt, expiresAt, createdAt)
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    Optional<SecurityCodeRecord> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM security_code WHERE id = ?").param(id).query(RECORD).optional();
    }

    /** The customer's codes, newest first. */
    List<SecurityCodeRecord> codesOf(long customerId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM security_code WHERE customer_id = ? ORDER BY created_at DESC, id DESC")
                .param(customerId).query(RECORD).list();
    }

    /** Moves the code from one status to another; false when it was no longer in the expected status. */
    boolean changeStatus(long id, SecurityCodeStatus expected, SecurityCodeStatus next) {
        return jdbc.sql("UPDATE security_code SET status = ?, status_changed_at = ? WHERE id = ? AND status = ?")
                .params(next.name(), OffsetDateTime.now(clock), id, expected.name())
                .update() == 1;
    }

    /** Counts a wrong attempt against an active code and returns the new count (empty when no longer active). */
    Optional<Integer> countFailedAttempt(long id) {
        int updated = jdbc.sql("""
                UPDATE security_code SET failed_attempts = failed_attempts + 1
                WHERE id = ? AND status = 'ACTIVE'""").param(id).update();
        if (updated == 0) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("SELECT failed_attempts FROM security_code WHERE id = ?").param(id)
                .query(Integer.class).single());
    }
}
