package hu.insurer.lifeaccess.sms;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The default adapter (development and tests): keeps each message in the {@code sms_outbox} table instead of
 * sending it, so that a person trying the application reads it in the development inbox
 * ({@code GET /api/dev/sms-outbox}) and tests read it through {@link SmsOutbox}.
 *
 * <p>Runs in the caller's transaction when there is one, so a message of a rolled-back job disappears with it
 * (a transactional outbox). A repeated idempotency key is a no-op, found by a lookup first; the unique key
 * {@code uq_sms_outbox_idempotency} settles a concurrent race (see {@link #send}).
 */
public class OutboxSmsGateway implements SmsGateway {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSmsGateway.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    public OutboxSmsGateway(JdbcClient jdbc, Clock clock) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Stores the message, or ignores it when its idempotency key is already in the outbox (the first message
     * stands, even if the repeat has another recipient or text: that is logged as a warning, without the text).
     *
     * @throws SmsDeliveryException (retryable) when a concurrent call stored the same key at the same moment
     *                              inside a transaction: on PostgreSQL that transaction cannot go on, and the retry
     *                              finds the key and does nothing
     */
    @Override
    public void send(SmsMessage message) {
        Objects.requireNonNull(message, "message");
        Optional<StoredMessage> stored = jdbc.sql("SELECT recipient, text FROM sms_outbox WHERE idempotency_key = ?")
                .param(message.idempotencyKey())
                .query((rs, row) -> new StoredMessage(rs.getString("recipient"), rs.getString("text")))
                .optional();
        if (stored.isPresent()) {
            ignoreRepeat(message, stored.get());
            return;
        }
        try {
            jdbc.sql("INSERT INTO sms_outbox (idempotency_key, recipient, text, sent_at) VALUES (?, ?, ?, ?)")
                    .params(message.idempotencyKey(), message.recipientE164(), message.text(),
                            OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                    .update();
        } catch (DuplicateKeyException e) {
            // Deliberately without the cause: the driver's message may quote the inserted row, text included.
            if (TransactionSynchronizationManager.isActualTransactionActive()) {
                throw SmsDeliveryException.failed(message,
                        "a concurrent send stored the same idempotency key first", true, null);
            }
            LOG.info("SMS outbox: key={} to={} was stored concurrently by another call; repeat ignored",
                    message.idempotencyKey(), message.maskedRecipient());
            return;
        }
        LOG.info("SMS outbox: stored key={} to={} (not sent: development outbox)", message.idempotencyKey(),
                message.maskedRecipient());
    }

    private static void ignoreRepeat(SmsMessage message, StoredMessage stored) {
        if (stored.recipient().equals(message.recipientE164()) && stored.text().equals(message.text())) {
            LOG.info("SMS outbox: key={} to={} is already in the outbox; repeat ignored", message.idempotencyKey(),
                    message.maskedRecipient());
        } else {
            LOG.warn("SMS outbox: key={} is already in the outbox with another recipient or text; the repeat to {} "
                    + "is ignored and the first message stands (one idempotency key must stand for one text)",
                    message.idempotencyKey(), message.maskedRecipient());
        }
    }

    private record StoredMessage(String recipient, String text) {
    }
}
