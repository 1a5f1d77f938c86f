package hu.insurer.lifeaccess.customer;

import hu.insurer.lifeaccess.process.ProcessConstants.Variable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The customer search form as the agent filled it in: every text trimmed, blank fields {@code null},
 * spaces removed from the tax id. Codes (customer type, document type, product group) are kept as typed; see
 * {@link CustomerSearchCriteriaValidator}.
 *
 * @param birthDate {@code yyyy-MM-dd}, possibly followed by the time part a date-time field adds
 */
public record CustomerSearchCriteria(
        String customerType,
        String name,
        String motherName,
        String birthDate,
        String documentType,
        String documentNumber,
        String taxId,
        String country,
        String postcodeCity,
        String street,
        String houseNumber,
        String customerCardNumber,
        String contractNumber,
        String licencePlate,
        String productGroup,
        Boolean ahlHl) {

    // A date, optionally followed by a time and a zone ("2024-01-31T00:00:00", "...T00:00:00.000+0100").
    private static final Pattern DATE_WITH_OPTIONAL_TIME = Pattern.compile(
            "([0-9]{4}-[0-9]{2}-[0-9]{2})(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?)?");

    public CustomerSearchCriteria {
        customerType = clean(customerType);
        name = clean(name);
        motherName = clean(motherName);
        birthDate = clean(birthDate);
        documentType = clean(documentType);
        documentNumber = clean(documentNumber);
        taxId = TaxIds.normalize(clean(taxId));
        country = clean(country);
        postcodeCity = clean(postcodeCity);
        street = clean(street);
        houseNumber = clean(houseNumber);
        customerCardNumber = clean(customerCardNumber);
        contractNumber = clean(contractNumber);
        licencePlate = clean(licencePlate);
        productGroup = clean(productGroup);
    }

    /** Reads the search form's process variables; absent variables are blank fields. */
    public static CustomerSearchCriteria of(Map<String, ?> formVariables) {
        return new CustomerSearchCriteria(
                text(formVariables, Variable.SEARCH_CUSTOMER_TYPE),
                text(formVariables, Variable.SEARCH_NAME),
                text(formVariables, Variable.SEARCH_MOTHER_NAME),
                text(formVariables, Variable.SEARCH_BIRTH_DATE),
                text(formVariables, Variable.SEARCH_DOCUMENT_TYPE),
                text(formVariables, Variable.SEARCH_DOCUMENT_NUMBER),
                text(formVariables, Variable.SEARCH_TAX_ID),
                text(formVariables, Variable.SEARCH_COUNTRY),
                text(formVariables, Variable.SEARCH_POSTCODE_CITY),
                text(formVariables, Variable.SEARCH_STREET),
                text(formVariables, Variable.SEARCH_HOUSE_NUMBER),
                text(formVariables, Variable.SEARCH_CUSTOMER_CARD_NUMBER),
                text(formVariables, Variable.SEARCH_CONTRACT_NUMBER),
                text(formVariables, Variable.SEARCH_LICENCE_PLATE),
                text(formVariables, Variable.SEARCH_PRODUCT_GROUP),
                flag(formVariables, Variable.SEARCH_AHL_HL));
    }

    /**
     * Whether a field narrows the search to particular customers. Country, customer type, address, product group
     * and the AHL/HL flag alone match far too many; a name without any letter or digit matches nothing.
     */
    public boolean hasIdentifyingCriterion() {
        return hasWords(name) || hasWords(motherName)
                || Stream.of(birthDate, documentNumber, taxId, customerCardNumber, contractNumber, licencePlate)
                        .anyMatch(field -> field != null);
    }

    /** The birth date's calendar date as written (a time or zone suffix is ignored); empty when absent or malformed. */
    public Optional<LocalDate> parsedBirthDate() {
        if (birthDate == null) {
            return Optional.empty();
        }
        Matcher matcher = DATE_WITH_OPTIONAL_TIME.matcher(birthDate);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(matcher.group(1)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Names only the fields that are filled in: the values are personal data and must not reach a log line. */
    @Override
    public String toString() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("motherName", motherName);
        fields.put("birthDate", birthDate);
        fields.put("documentType", documentType);
        fields.put("documentNumber", documentNumber);
        fields.put("taxId", taxId);
        fields.put("country", country);
        fields.put("postcodeCity", postcodeCity);
        fields.put("street", street);
        fields.put("houseNumber", houseNumber);
        fields.put("customerCardNumber", customerCardNumber);
        fields.put("contractNumber", contractNumber);
        fields.put("licencePlate", licencePlate);
        fields.put("productGroup", productGroup);
        fields.put("ahlHl", ahlHl);
        String given = fields.entrySet().stream()
                .filter(field -> field.getValue() != null)
                .map(Map.Entry::getKey)
                .collect(Collectors.joining(", "));
        return "CustomerSearchCriteria[customerType=" + customerType + ", given=[" + given + "]]";
    }

    private static boolean hasWords(String text) {
        return text != null && !NameKeys.normalize(text).isEmpty();
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private static String text(Map<String, ?> variables, String name) {
        Object value = variables.get(name);
        return value == null ? null : value.toString();
    }

    private static Boolean flag(Map<String, ?> variables, String name) {
        Object value = variables.get(name);
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        String text = clean(value.toString());
        return text == null ? null : Boolean.valueOf(text);
    }
}
