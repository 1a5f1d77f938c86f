package hu.insurer.lifeaccess.casefile;

import java.time.OffsetDateTime;

/** A request form printed in a case: for whom, with which mobile number on it, and the SHA-256 of its PDF. */
public record RequestForm(long id, long caseFileId, long customerId, String mobileNumber, String fileName,
        String pdfSha256, String printedBy, OffsetDateTime printedAt) {
}
