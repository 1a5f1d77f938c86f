package hu.insurer.lifeaccess.casefile;

import hu.insurer.lifeaccess.eligibility.AccessCase;

/** What the case record allows to be sent: a code for this customer and access case, to this (printed) number. */
public record SendAuthorization(long caseFileId, String caseNumber, long customerId, AccessCase accessCase,
        String mobileNumber) {
}
