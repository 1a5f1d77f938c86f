package hu.insurer.lifeaccess.casefile;

import java.time.OffsetDateTime;

import hu.insurer.lifeaccess.eligibility.AccessCase;

/**
 * The server-side record of one case (one process instance): the facts its steps established. Later steps trust
 * these, never the variables a client could send.
 */
public record CaseFile(long id, String caseNumber, String processInstanceId, String ownerId, CaseState state,
        Long customerId, Identification identification, AccessCase accessCase, Long requestFormId, String signedBy,
        OffsetDateTime signedAt) {
}
