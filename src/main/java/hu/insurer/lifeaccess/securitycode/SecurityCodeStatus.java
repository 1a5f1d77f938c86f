package hu.insurer.lifeaccess.securitycode;

/**
 * Life cycle of a stored security code (column {@code security_code.status}; the names must match its CHECK
 * constraint and fit VARCHAR(10)).
 *
 * <pre>
 * PENDING ──SMS accepted──▶ ACTIVE ──right code──▶ REDEEMED
 *    │                        ├──validity over──▶ EXPIRED
 *    │                        ├──too many wrong codes──▶ LOCKED
 *    ├────────────────────────┼──new code for the customer──▶ SUPERSEDED
 *    └────────────────────────┴──case ended or deleted unredeemed──▶ CANCELLED
 * </pre>
 * Only {@link #ACTIVE} can be redeemed; every status after it is final.
 */
public enum SecurityCodeStatus {

    /** Issued and stored, but the SMS gateway has not yet accepted the SMS: not redeemable. */
    PENDING,
    /** The SMS was accepted by the gateway: redeemable until it expires. A code is never ACTIVE otherwise. */
    ACTIVE,
    /** Redeemed once (single use). */
    REDEEMED,
    /** Its validity ran out before it was redeemed. */
    EXPIRED,
    /** Locked after the maximum number of failed attempts. */
    LOCKED,
    /** Replaced by a newer code for the same customer. */
    SUPERSEDED,
    /** Its case ended without redemption (the agent closed it, or an administrator deleted it). */
    CANCELLED
}
