package hu.insurer.lifeaccess.requestform;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * What the request form ("Igénylő nyomtatvány") shows. Every field is required.
 *
 * @param partnerName        the customer's full name
 * @param motherName         the customer's mother's birth name
 * @param birthDate          the customer's birth date
 * @param customerCardNumber the customer card number (ügyfélkártyaszám)
 * @param mobileNumber       the number the code is sent to, in E.164 ({@code +36301234567})
 * @param accessCase         {@value #REGISTRATION} or {@value #EXTENSION}, as set by the eligibility check
 * @param agentName          the agent who identified the customer and signs the form
 * @param place              where the form is signed, e.g. "Budapest"
 * @param issueDate          the day the form is signed
 * @param caseReference      the case number (ÜBK-2026-000123), printed in the footer to find the case again
 */
public record RequestFormData(
        String partnerName,
        String motherName,
        LocalDate birthDate,
        String customerCardNumber,
        String mobileNumber,
        String accessCase,
        String agentName,
        String place,
        LocalDate issueDate,
        String caseReference) {

    /** The customer has a life contract and no portal account yet. */
    public static final String REGISTRATION = "REGISTRATION";
    /** The customer has a portal account for non-life products and wants to see life products too. */
    public static final String EXTENSION = "EXTENSION";

    private static final Set<String> ACCESS_CASES = Set.of(REGISTRATION, EXTENSION);

    public RequestFormData {
        Objects.requireNonNull(partnerName, "partnerName");
        Objects.requireNonNull(motherName, "motherName");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(customerCardNumber, "customerCardNumber");
        Objects.requireNonNull(mobileNumber, "mobileNumber");
        Objects.requireNonNull(accessCase, "accessCase");
        Objects.requireNonNull(agentName, "agentName");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(caseReference, "caseReference");
        if (!ACCESS_CASES.contains(accessCase)) {
            throw new IllegalArgumentException(
                    "accessCase must be " + REGISTRATION + " or " + EXTENSION + ", was: " + accessCase);
        }
    }
}
