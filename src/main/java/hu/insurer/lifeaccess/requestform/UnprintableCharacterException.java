package hu.insurer.lifeaccess.requestform;

import java.util.Map;

/** A value of the request form holds a character its fonts cannot print; nothing was rendered. */
public class UnprintableCharacterException extends RequestFormException {

    private static final Map<String, String> FIELD_LABELS = Map.of("partnerName", "az ügyfél nevében",
            "motherName", "az anyja nevében", "agentName", "az ügyintéző nevében", "placeAndDate", "a kelt helyében");

    private final String field;
    private final int codePoint;

    UnprintableCharacterException(String field, int codePoint) {
        super("The request form cannot print character U+" + String.format("%04X", codePoint) + " of " + field);
        this.field = field;
        this.codePoint = codePoint;
    }

    /** The template parameter that holds it, e.g. {@code partnerName}. */
    public String field() {
        return field;
    }

    /** What the agent reads: which character, where, and what to do. */
    public String agentMessage() {
        return "Az igénylő nyomtatvány nem tudja kiírni ezt a karaktert " + FIELD_LABELS.getOrDefault(field, "")
                + ": „" + character() + "”. Javítsa az adatot (Ügyfélmódosítás), vagy jelezze az informatikának.";
    }

    /** The character, e.g. "ж". */
    public String character() {
        return Character.toString(codePoint);
    }
}
