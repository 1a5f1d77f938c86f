package hu.insurer.lifeaccess.requestform;

import java.util.Map;

/** A value of the request form holds a character its fonts cannot print; nothing was rendered. */
public class UnprintableCharacterException extends RequestFormException {

    private static final String CUSTOMER_DATA = "Az ügyfél adatát a partnertörzsben kell javítani: jelezze a hibát az"
            + " informatikának, és addig ne nyomtassa ki a nyomtatványt.";
    private static final String SETTINGS = "Jelezze a hibát az informatikának.";

    /** Where the agent reads it, and what to do, by template parameter. */
    private static final Map<String, String[]> FIELDS = Map.of(
            "partnerName", new String[] {"az ügyfél nevében", CUSTOMER_DATA},
            "motherName", new String[] {"az ügyfél anyja nevében", CUSTOMER_DATA},
            "agentName", new String[] {"az ügyintéző nevében", SETTINGS},
            "placeAndDate", new String[] {"a kelt helyében", SETTINGS});

    private final String field;
    private final int codePoint;

    UnprintableCharacterException(String field, int codePoint) {
        super("The request form cannot print character " + unicode(codePoint) + " of " + field);
        this.field = field;
        this.codePoint = codePoint;
    }

    /** The template parameter that holds it, e.g. {@code partnerName}. */
    public String field() {
        return field;
    }

    /** What the agent reads: which character (also by its code, as it may be invisible), where, and what to do. */
    public String agentMessage() {
        String[] where = FIELDS.getOrDefault(field, new String[] {"a nyomtatvány adataiban", SETTINGS});
        return "Az igénylő nyomtatvány nem tudja kiírni ezt a karaktert " + where[0] + ": „" + character() + "” ("
                + unicode(codePoint) + "). " + where[1];
    }

    /** The character, e.g. "ж". */
    public String character() {
        return Character.toString(codePoint);
    }

    private static String unicode(int codePoint) {
        return String.format("U+%04X", codePoint);
    }
}
