package hu.insurer.lifeaccess.sms;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * The SMS was not accepted. The message is written for the operator who sees it as a Camunda incident: what
 * happened (the provider's HTTP status, or the network failure), whether retrying can help, the masked recipient
 * and the idempotency key. It never contains the SMS text.
 *
 * <p>Thrown for retryable and non-retryable failures alike: either way the job fails, the job executor retries it
 * and finally raises an incident. {@link #isRetryable()} only tells whether a retry can help without someone
 * fixing something first.
 */
public class SmsDeliveryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String idempotencyKey;
    private final String maskedRecipient;
    private final Integer providerStatus;
    private final boolean retryable;

    private SmsDeliveryException(String message, String idempotencyKey, String maskedRecipient,
            Integer providerStatus, boolean retryable, Throwable cause) {
        super(message, cause);
        this.idempotencyKey = idempotencyKey;
        this.maskedRecipient = maskedRecipient;
        this.providerStatus = providerStatus;
        this.retryable = retryable;
    }

    /** The provider answered, but did not accept the message. */
    public static SmsDeliveryException rejected(SmsMessage message, int providerStatus, boolean retryable,
            String detail) {
        Objects.requireNonNull(message, "message");
        String what = "the SMS provider answered HTTP " + providerStatus + (detail == null ? "" : " (" + detail + ")");
        String hungarian = retryable
                ? "Az SMS-szolgáltató HTTP " + providerStatus + " válasszal átmenetileg nem fogadta az üzenetet."
                : "Az SMS-szolgáltató HTTP " + providerStatus + " válasszal véglegesen elutasította az üzenetet.";
        return new SmsDeliveryException(describe(hungarian, what, message, retryable), message.idempotencyKey(),
                message.maskedRecipient(), providerStatus, retryable, null);
    }

    /** No answer from the provider (timeout, refused connection, I/O error), or the message could not be sent. */
    public static SmsDeliveryException failed(SmsMessage message, String failure, boolean retryable, Throwable cause) {
        Objects.requireNonNull(message, "message");
        String hungarian = retryable
                ? "Az SMS-szolgáltató nem érhető el, vagy nem válaszolt időben."
                : "Az üzenet nem küldhető el az SMS-szolgáltatónak (kapcsolati vagy beállítási hiba).";
        return new SmsDeliveryException(describe(hungarian, failure, message, retryable), message.idempotencyKey(),
                message.maskedRecipient(), null, retryable, cause);
    }

    private static String describe(String hungarian, String what, SmsMessage message, boolean retryable) {
        String tanacs = retryable
                ? "A rendszer később újrapróbálkozik; ha incidens lesz belőle, ellenőrizze, hogy az SMS-szolgáltató "
                        + "elérhető-e, majd indítsa újra a feladatot."
                : "Az újrapróbálkozás magában nem segít: ellenőrizze az SMS-szolgáltató beállításait "
                        + "(life-access.sms.http.*) és az ügyfél mobilszámát, majd indítsa újra a feladatot.";
        String advice = retryable
                ? "Retryable: the job is retried; if it ends as an incident, check that the SMS provider is reachable "
                        + "and working, then retry the job."
                : "Not retryable: a retry alone will not help. Check the SMS provider settings (life-access.sms.http.*) "
                        + "and the recipient's mobile number, then retry the job.";
        return hungarian + " " + tanacs + " / SMS not accepted: " + what + "; key=" + message.idempotencyKey()
                + ", to=" + message.maskedRecipient() + ". " + advice;
    }

    /** Whether trying again later, without changing anything, can succeed (timeouts, 408, 429, 5xx). */
    public boolean isRetryable() {
        return retryable;
    }

    /** The provider's HTTP status, when it answered at all. */
    public OptionalInt providerStatus() {
        return providerStatus == null ? OptionalInt.empty() : OptionalInt.of(providerStatus);
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    /** The recipient as logs may show it, e.g. {@code +36 ***** 4567}. */
    public String maskedRecipient() {
        return maskedRecipient;
    }
}
