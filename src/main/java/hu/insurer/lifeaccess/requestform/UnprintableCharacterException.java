package hu.insurer.lifeaccess.requestform;

import java.util.Map;

/** A value of the request form holds a character its fonts cannot print; nothing was rendered. */
public class UnprintableCharacterException extends RequestFormException {

    private static final String CUSTOMER_DATA = "Az ügyfél adatát a partnertörzsben kell javítani: jelezze a hibát az"
            + " informatikának, és addig ne nyomtassa ki a nyomtatványt.";
    private static final String SETTINGS = "Jelezze a hibát az informatikának.";

    /** Where in the form the agent finds the character, and what to do about it. */
    private record Place(String where, String remedy) {
    }

    private static final Place ELSEWHERE = new Place("a nyomtatvány adataiban", SETTINGS);

    /** By template parameter. */
    private static final Map<String, Place> PLACES = Map.of(
            "partnerName", new Place("az ügyfél nevében", CUSTOMER_DATA),
            "motherName", new Place("az ügyfél anyja nevében", CUSTOMER_DATA),
            "agentName", new Place("az ügyintéző nevében", SETTINGS),
            "placeAndDate", new Place("a kelt helyében", SETTINGS));

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
        Place place = PLACES.getOrDefault(field, ELSEWHERE);
        return "Az igénylő nyomtatvány nem tudja kiírni ezt a karaktert " + place.where() + ": „" + character() + "” ("
                + unicode(codePoint) + "). " + place.remedy();
    }

    /** The character, e.g. "ж". */
    public String character() {
        return Character.toString(codePoint);
    }

    private static String unicode(int codePoint) {
        return String.format("U+%04X", codePoint);
    }
}
