package hu.insurer.lifeaccess.casefile;

import java.time.OffsetDateTime;

import hu.insurer.lifeaccess.customer.DocumentType;

/** The in-person identification of a case: who identified the customer, when, with which document. */
public record Identification(String identifiedBy, OffsetDateTime identifiedAt, DocumentType documentType,
        String documentLastCharacters) {

    /** The document number as auditors and screens see it: only its last characters, e.g. {@code ******6AB}. */
    public String maskedDocumentNumber() {
        return DocumentNumbers.masked(documentLastCharacters);
    }
}
