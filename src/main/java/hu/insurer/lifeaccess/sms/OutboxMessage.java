package hu.insurer.lifeaccess.sms;

import java.time.Instant;

/**
 * An SMS kept in the development outbox, as the development inbox shows it.
 *
 * @param to     the recipient in E.164
 * @param text   the text as sent (it may contain a security code)
 * @param sentAt when the outbox accepted it
 */
public record OutboxMessage(String to, String text, Instant sentAt) {

    /** Without the text: safe for logs and assertion messages. */
    @Override
    public String toString() {
        return "OutboxMessage[to=" + to + ", text=(" + (text == null ? 0 : text.length())
                + " characters, not shown), sentAt=" + sentAt + "]";
    }
}
