package hu.insurer.lifeaccess.customer;

public enum DocumentType {
    ID_CARD("Személyazonosító igazolvány"),
    PASSPORT("Útlevél"),
    DRIVING_LICENCE("Vezetői engedély");

    private final String displayName;

    DocumentType(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
