package hu.insurer.lifeaccess.support;

import java.util.Optional;

import hu.insurer.lifeaccess.process.ProcessConstants;

/**
 * The {@code submit-form} bodies with which an agent takes a standard case to the sending of its code, as Tasklist
 * sends them over engine-rest: a person searched by card number in Hungary, identified by an ID card, the partner
 * data left as they are, the request signed.
 */
public final class StandardCaseForms {

    private StandardCaseForms() {
    }

    /** The start form: the search for the customer with this card number. */
    public static String start(String cardNumber) {
        return """
                {"variables": {
                  "searchCustomerType": {"value": "PERSON", "type": "String"},
                  "searchCountry": {"value": "HU", "type": "String"},
                  "searchCustomerCardNumber": {"value": "%s", "type": "String"}}}""".formatted(cardNumber);
    }

    /** The form of the task with this definition key, for the customer found; empty for any other task. */
    public static Optional<String> task(String taskDefinitionKey, long customerId) {
        String variables = switch (taskDefinitionKey) {
            case ProcessConstants.Element.IDENTIFY_CUSTOMER -> """
                    "customerId": {"value": "%d", "type": "String"},
                    "identityDocumentType": {"value": "ID_CARD", "type": "String"},
                    "identityDocumentNumber": {"value": "987654CD", "type": "String"},
                    "identityVerified": {"value": true, "type": "Boolean"},
                    "identifyDecision": {"value": "IDENTIFIED", "type": "String"}""".formatted(customerId);
            case ProcessConstants.Element.REVIEW_PARTNER_DATA -> """
                    "reviewDecision": {"value": "CONTINUE", "type": "String"}""";
            case ProcessConstants.Element.COLLECT_SIGNATURE -> """
                    "signatureConfirmed": {"value": true, "type": "Boolean"},
                    "signatureDecision": {"value": "SIGNED", "type": "String"}""";
            default -> null;
        };
        return Optional.ofNullable(variables).map(form -> "{\"variables\": {" + form + "}}");
    }
}
