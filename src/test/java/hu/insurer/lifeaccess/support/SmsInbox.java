package hu.insurer.lifeaccess.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

/** What the customer reads on the phone: the development outbox's SMS of an issued code, and the code in it. */
public final class SmsInbox {

    private static final Pattern GROUPED_CODE = Pattern.compile("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}");

    /** The SMS text sent for the security code with this id (under the message key of its send). */
    public static String textFor(JdbcClient jdbc, long securityCodeId) {
        return jdbc.sql("""
                SELECT o.text FROM sms_outbox o JOIN security_code c ON c.message_key = o.idempotency_key
                WHERE c.id = ?""").param(securityCodeId).query(String.class).single();
    }

    /** The number the SMS of the security code with this id went to. */
    public static String recipientOf(JdbcClient jdbc, long securityCodeId) {
        return jdbc.sql("""
                SELECT o.recipient FROM sms_outbox o JOIN security_code c ON c.message_key = o.idempotency_key
                WHERE c.id = ?""").param(securityCodeId).query(String.class).single();
    }

    /** The code as the SMS shows it, e.g. {@code 7KQ4-M9XW-2P}. */
    public static String codeIn(String smsText) {
        Matcher code = GROUPED_CODE.matcher(smsText);
        if (!code.find()) {
            throw new AssertionError("no security code in the SMS");
        }
        return code.group();
    }

    public static String codeFor(JdbcClient jdbc, long securityCodeId) {
        return codeIn(textFor(jdbc, securityCodeId));
    }

    private SmsInbox() {
    }
}
