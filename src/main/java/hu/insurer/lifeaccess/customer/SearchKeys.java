package hu.insurer.lifeaccess.customer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The normalised forms that the customer search compares (V2__customer_search_keys.sql): stored with every customer
 * and contract, and applied in the same way to what the agent typed.
 */
public final class SearchKeys {

    public static final String NAME_FIELD = "NAME";
    public static final String MOTHER_FIELD = "MOTHER";

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern PLATE_SEPARATORS = Pattern.compile("[\\s-]+");

    private SearchKeys() {
    }

    /** The words the customer is found by: family and given names of a person, the name of a company. */
    public static List<String> nameTokens(Customer customer) {
        String name = customer.isCompany()
                ? customer.companyName()
                : String.join(" ", orEmpty(customer.familyName()), orEmpty(customer.givenName()));
        return NameKeys.tokens(orEmpty(name));
    }

    public static List<String> motherNameTokens(Customer customer) {
        return NameKeys.tokens(orEmpty(customer.motherName()));
    }

    /** A city or street name without case and accents; {@code null} stays {@code null}. */
    public static String placeKey(String place) {
        return place == null ? null : NameKeys.normalize(place);
    }

    /** Identity document numbers are stored and compared in upper case without spaces ("123456 ab" → 123456AB). */
    public static String documentNumber(String documentNumber) {
        return documentNumber == null ? null : WHITESPACE.matcher(documentNumber).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /** "abc-123", "ABC 123" and "ABC123" are the same plate; {@code null} stays {@code null}. */
    public static String licencePlate(String plate) {
        return plate == null ? null : PLATE_SEPARATORS.matcher(plate).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /** The licence plate key of a contract: only motor contracts have a plate, the others a risk location. */
    public static String licencePlateKey(Contract contract) {
        return contract.productGroup() == ProductGroup.MOTOR
                ? licencePlate(contract.licencePlateOrLocation())
                : null;
    }

    /** A name token as stored: its UTF-8 bytes, which both databases order byte by byte. */
    public static byte[] tokenBytes(String token) {
        return token.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The smallest byte string above every token that starts with {@code prefix}: the prefix with its last byte
     * incremented. UTF-8 never contains the byte 0xFF, so the increment cannot overflow.
     */
    public static byte[] prefixUpperBound(String prefix) {
        byte[] bound = tokenBytes(prefix);
        if (bound.length == 0) {
            throw new IllegalArgumentException("Empty prefix");
        }
        bound[bound.length - 1]++;
        return bound;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
