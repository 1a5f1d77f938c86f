package hu.insurer.lifeaccess.securitycode;

/** What the SMS provider reported about a code's SMS (column {@code security_code.delivery_status}). */
public enum DeliveryStatus {
    /** The phone received it. */
    DELIVERED("kézbesítve"),
    /** The network could not deliver it (unknown or barred number, …). */
    FAILED("nem kézbesíthető"),
    /** The phone was unreachable for the provider's whole validity period. */
    EXPIRED("kézbesítési idő lejárt");

    private final String hungarian;

    DeliveryStatus(String hungarian) {
        this.hungarian = hungarian;
    }

    public String hungarian() {
        return hungarian;
    }

    /** Whether the customer did not get the code, so the agent must send a new one. */
    public boolean notDelivered() {
        return this != DELIVERED;
    }
}
