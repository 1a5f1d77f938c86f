package hu.insurer.lifeaccess.customer;

public enum ContractStatus {
    ACTIVE("Élő"),
    CANCELLED("Megszűnt"),
    LAPSED("Törölt"),
    EXPIRED("Lejárt");

    private final String displayName;

    ContractStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
