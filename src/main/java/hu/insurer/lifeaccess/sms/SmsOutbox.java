package hu.insurer.lifeaccess.sms;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The read side of the development outbox that {@link OutboxSmsGateway} writes: for the development inbox and
 * for tests. Exists only while the outbox adapter is active.
 */
public class SmsOutbox {

    private static final String COLUMNS = "SELECT recipient, text, sent_at FROM sms_outbox ";
    private static final String NEWEST_FIRST = " ORDER BY sent_at DESC, id DESC";

    private final JdbcClient jdbc;

    public SmsOutbox(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    /** At most {@code limit} (at least 1) messages, the newest first. */
    public List<OutboxMessage> newestFirst(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, not " + limit);
        }
        return jdbc.sql(COLUMNS + NEWEST_FIRST + " LIMIT ?").param(limit).query(SmsOutbox::message).list();
    }

    /** Every message sent to this E.164 number, the newest first. */
    public List<OutboxMessage> sentTo(String e164) {
        Objects.requireNonNull(e164, "e164");
        return jdbc.sql(COLUMNS + "WHERE recipient = ?" + NEWEST_FIRST).param(e164).query(SmsOutbox::message).list();
    }

    /** How many messages the outbox holds. */
    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM sms_outbox").query(Long.class).single();
    }

    private static OutboxMessage message(ResultSet rs, int row) throws SQLException {
        return new OutboxMessage(rs.getString("recipient"), rs.getString("text"),
                rs.getObject("sent_at", OffsetDateTime.class).toInstant());
    }
}
