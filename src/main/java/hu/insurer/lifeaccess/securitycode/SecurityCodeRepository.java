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

    private static final String SEND_COLUMNS = "id, customer_id, process_instance_id, send_number, message_key, "
            + "recipient, send_nonce, replaced_number, expires_at, status, delivery_status";

    private static final RowMapper<PendingCode> SEND = (rs, row) -> new PendingCode(
            rs.getLong("id"), rs.getLong("customer_id"), rs.getString("process_instance_id"), rs.getInt("send_number"),
            rs.getString("message_key"), rs.getString("recipient"), rs.getString("send_nonce"),
            rs.getString("replaced_number"), rs.getObject("expires_at", OffsetDateTime.class),
            SecurityCodeStatus.valueOf(rs.getString("status")),
            rs.getString("delivery_status") == null ? null : DeliveryStatus.valueOf(rs.getString("delivery_status")));

    long insertPending(long customerId, String accessCase, String processInstanceId, int sendNumber,
            String messageKey, String codeHash, String recipient, String nonce, String replacedNumber,
            OffsetDateTime createdAt, OffsetDateTime expiresAt) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO security_code (customer_id, access_case, process_instance_id, code_hash, status,
                    failed_attempts, created_at, expires_at, status_changed_at, send_number, message_key, recipient,
                    send_nonce, replaced_number)
                VALUES (?, ?, ?, ?, 'PENDING', 0, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(customerId, accessCase, processInstanceId, codeHash, createdAt, expiresAt, createdAt,
                        sendNumber, messageKey, recipient, nonce, replacedNumber)
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    Optional<PendingCode> findSend(long id) {
        return jdbc.sql("SELECT " + SEND_COLUMNS + " FROM security_code WHERE id = ?").param(id).query(SEND).optional();
    }

    /** The case's latest send, if it has one. */
    Optional<PendingCode> latestSendOf(String processInstanceId) {
        return jdbc.sql("SELECT " + SEND_COLUMNS + " FROM security_code WHERE process_instance_id = ? "
                + "AND send_number IS NOT NULL ORDER BY send_number DESC").param(processInstanceId)
                .query(SEND).stream().findFirst();
    }

    Optional<PendingCode> findSendByMessageKey(String messageKey) {
        return jdbc.sql("SELECT " + SEND_COLUMNS + " FROM security_code WHERE message_key = ?").param(messageKey)
                .query(SEND).optional();
    }

    /** PENDING → ACTIVE once the provider accepted the SMS; the nonce is erased with it. */
    boolean accepted(long id, OffsetDateTime now) {
        return jdbc.sql("""
                UPDATE security_code SET status = 'ACTIVE', status_changed_at = ?, accepted_at = ?, send_nonce = NULL
                WHERE id = ? AND status = 'PENDING'""").params(now, now, id).update() == 1;
    }

    /** The customer's other ACTIVE codes become SUPERSEDED by {@code newCodeId}. */
    void supersedeOthers(long customerId, long newCodeId, OffsetDateTime now) {
        jdbc.sql("""
                UPDATE security_code SET status = 'SUPERSEDED', status_changed_at = ?, superseded_by = ?
                WHERE customer_id = ? AND status = 'ACTIVE' AND id <> ?""")
                .params(now, newCodeId, customerId, newCodeId).update();
    }

    /** The case's code stops working before its successor exists: the agent asked for a new send. */
    int supersedeForResend(String processInstanceId, OffsetDateTime now) {
        return jdbc.sql("""
                UPDATE security_code SET status = 'SUPERSEDED', status_changed_at = ?, send_nonce = NULL
                WHERE process_instance_id = ? AND status IN ('PENDING', 'ACTIVE')""")
                .params(now, processInstanceId).update();
    }

    /** The case's codes withdrawn for a new send get their successor. */
    void linkWithdrawn(String processInstanceId, long newCodeId) {
        jdbc.sql("""
                UPDATE security_code SET superseded_by = ?
                WHERE process_instance_id = ? AND status = 'SUPERSEDED' AND superseded_by IS NULL AND id <> ?""")
                .params(newCodeId, processInstanceId, newCodeId).update();
    }

    /** The cases whose code {@code newCodeId} superseded. */
    List<String> casesSupersededBy(long newCodeId) {
        return jdbc.sql("SELECT DISTINCT process_instance_id FROM security_code WHERE superseded_by = ?")
                .param(newCodeId).query(String.class).list();
    }

    /** The case's codes that can still be redeemed or sent become CANCELLED, with who closed them. */
    int cancelOpenCodesOf(String processInstanceId, String cancelledBy, OffsetDateTime now) {
        return jdbc.sql("""
                UPDATE security_code SET status = 'CANCELLED', status_changed_at = ?, cancelled_by = ?,
                    send_nonce = NULL
                WHERE process_instance_id = ? AND status IN ('PENDING', 'ACTIVE')""")
                .params(now, cancelledBy, processInstanceId).update();
    }

    /** Records a delivery report unless the code has one of the same or a later time (a repeat, or out of order). */
    boolean deliveryReported(long id, DeliveryStatus status, OffsetDateTime reportedAt) {
        return jdbc.sql("""
                UPDATE security_code SET delivery_status = ?, delivery_reported_at = ?
                WHERE id = ? AND (delivery_reported_at IS NULL OR delivery_reported_at < ?)""")
                .params(status.name(), reportedAt, id, reportedAt).update() == 1;
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
