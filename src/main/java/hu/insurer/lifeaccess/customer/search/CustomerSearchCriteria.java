package hu.insurer.lifeaccess.customer.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import hu.insurer.lifeaccess.customer.NameKeys;
import hu.insurer.lifeaccess.customer.TaxIds;

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
}
