package hu.insurer.lifeaccess.customer;

public enum ProductGroup {
    LIFE_PROGRAM("Életprogram", true),
    CLASSIC("Klasszikus", true),
    MOTOR("Gépjármű", false),
    HOME("Lakás", false),
    TRAVEL("Utazás", false);

    private final String displayName;
    private final boolean life;

    ProductGroup(String displayName, boolean life) {
        this.displayName = displayName;
        this.life = life;
    }

    public String displayName() {
        return displayName;
    }

    /** Life products are the ones the portal shows only after a customer security code was redeemed. */
    public boolean isLife() {
        return life;
    }
}
