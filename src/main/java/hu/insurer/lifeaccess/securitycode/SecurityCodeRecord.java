package hu.insurer.lifeaccess.securitycode;

import java.time.OffsetDateTime;

/** A stored security code: its keyed hash, never the code. */
public record SecurityCodeRecord(
        long id,
        long customerId,
        String accessCase,
        String processInstanceId,
        String codeHash,
        SecurityCodeStatus status,
        int failedAttempts,
        OffsetDateTime createdAt,
        OffsetDateTime expiresAt) {

    @Override
    public String toString() {
        return "SecurityCodeRecord[id=" + id + ", customer=" + customerId + ", status=" + status + "]";
    }
}
