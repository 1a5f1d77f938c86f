package hu.insurer.lifeaccess.securitycode;

import java.time.OffsetDateTime;

/**
 * One send of a case's code, as fixed before the provider is called: every retry sends this message key with the
 * same text to the same number. {@code nonce} is null once the provider accepted the SMS.
 */
public record PendingCode(
        long id,
        long customerId,
        String processInstanceId,
        int sendNumber,
        String messageKey,
        String recipient,
        String nonce,
        String replacedNumber,
        OffsetDateTime expiresAt,
        SecurityCodeStatus status,
        DeliveryStatus deliveryStatus) {

    /** The provider reported that its SMS did not reach the phone. */
    public boolean undelivered() {
        return deliveryStatus != null && deliveryStatus.notDelivered();
    }

    /** The key of the notice to the number this case replaced. */
    public String noticeKey() {
        return "number-change-" + id;
    }

    @Override
    public String toString() {
        return "PendingCode[id=" + id + ", case=" + processInstanceId + ", send=" + sendNumber + ", key=" + messageKey
                + ", status=" + status + "]";
    }
}
