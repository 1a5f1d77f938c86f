package hu.insurer.lifeaccess.securitycode;

/**
 * The SMS to the number a case replaced, sent with the new code: a customer whose number was changed without their
 * knowledge learns it in time to call. It carries no code and no link.
 */
public final class NumberChangeNotice {

    static final String TEXT = "Tájékoztatjuk, hogy az ÜP élet ügyfélportál-hozzáféréséhez tartozó mobilszámát "
            + "ügyintézőnk új számra cserélte. Ha nem Ön kérte, hívja ügyfélszolgálatunkat.";

    private NumberChangeNotice() {
    }

    public static String text() {
        return TEXT;
    }
}
