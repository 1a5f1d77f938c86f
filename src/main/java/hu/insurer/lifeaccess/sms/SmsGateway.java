package hu.insurer.lifeaccess.sms;

/**
 * The port through which the application sends SMS. Two adapters: {@link OutboxSmsGateway} keeps the
 * messages in the {@code sms_outbox} table (default, development and tests) and {@link HttpSmsGateway} hands them
 * to a real provider. {@link SmsConfiguration} picks one by {@code life-access.sms.gateway}.
 *
 * <p>Contract:
 * <ul>
 * <li>Returning normally means the message was <b>accepted</b> (stored in the outbox, or accepted by the
 * provider for delivery).</li>
 * <li>When it was not accepted, {@link SmsDeliveryException} (unchecked) is thrown; its message tells an operator
 * what happened (provider status, retryable or not, masked recipient, idempotency key) and never contains the
 * text. Called from a job, the exception fails the job: the job executor retries it and finally raises an
 * incident, so no SMS is lost silently.</li>
 * <li>Idempotent per {@link SmsMessage#idempotencyKey()}: sending the same key again must not deliver a second
 * SMS (the outbox ignores the repeat; the HTTP adapter sends an {@code Idempotency-Key} header and relies on the
 * provider). A caller must therefore use a new key for a new text: a key stands for exactly one text.</li>
 * </ul>
 * The text may contain a secret (the security code): implementations never log it and never put it in an
 * exception message.
 */
public interface SmsGateway {

    /**
     * Sends the message, or throws.
     *
     * @throws SmsDeliveryException when the message was not accepted
     */
    void send(SmsMessage message);
}
