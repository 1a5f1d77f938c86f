package hu.insurer.lifeaccess.sms;

import java.util.Objects;
import java.util.regex.Pattern;

import hu.insurer.lifeaccess.customer.MobileNumbers;

/**
 * One SMS to send. The text may carry a secret (the security code), so {@link #toString()} leaves it out and no
 * validation message ever repeats it.
 *
 * @param idempotencyKey one key per text: 1 to 64 characters of {@code A-Z a-z 0-9 . _ : -} (it goes into logs,
 *                       an HTTP header and the 64-character {@code sms_outbox.idempotency_key} column)
 * @param recipientE164  the mobile number in E.164, e.g. {@code +36301234567}
 * @param text           the text, at most {@value #MAX_TEXT_LENGTH} characters
 */
public record SmsMessage(String idempotencyKey, String recipientE164, String text) {

    public static final int MAX_KEY_LENGTH = 64;
    /** The size of {@code sms_outbox.text}: three concatenated GSM-7 segments. */
    public static final int MAX_TEXT_LENGTH = 480;

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_KEY_LENGTH + "}");

    public SmsMessage {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(recipientE164, "recipientE164");
        Objects.requireNonNull(text, "text");
        if (!KEY.matcher(idempotencyKey).matches()) {
            throw new IllegalArgumentException("The idempotency key must be 1 to " + MAX_KEY_LENGTH
                    + " characters of A-Z a-z 0-9 . _ : -");
        }
        // MobileNumbers.mask refuses anything but E.164 (its message does not repeat the number)
        MobileNumbers.mask(recipientE164);
        if (text.isBlank()) {
            throw new IllegalArgumentException("The SMS text is empty (key " + idempotencyKey + ")");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("The SMS text is " + text.length() + " characters long, more than "
                    + MAX_TEXT_LENGTH + " (key " + idempotencyKey + ")");
        }
    }

    /** The recipient for screens and logs, e.g. {@code +36 ***** 4567}. */
    public String maskedRecipient() {
        return MobileNumbers.mask(recipientE164);
    }

    /** Without the text, and with the recipient masked: safe for logs. */
    @Override
    public String toString() {
        return "SmsMessage[idempotencyKey=" + idempotencyKey + ", recipient=" + maskedRecipient()
                + ", text=(" + text.length() + " characters, not shown)]";
    }
}
