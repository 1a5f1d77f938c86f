package hu.insurer.lifeaccess.casefile;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import hu.insurer.lifeaccess.customer.DocumentType;
import hu.insurer.lifeaccess.eligibility.AccessCase;

/** The case_file, case_offered_customer and case_request_form tables. */
@Repository
class CaseFileRepository {

    private static final String COLUMNS = "id, case_number, process_instance_id, owner_id, state, customer_id, "
            + "identified_by, identified_at, id_document_type, id_document_last3, access_case, request_form_id, "
            + "signed_by, signed_at";

    private static final RowMapper<CaseFile> CASE_FILE = (rs, row) -> {
        String documentType = rs.getString("id_document_type");
        String accessCase = rs.getString("access_case");
        return new CaseFile(rs.getLong("id"), rs.getString("case_number"), rs.getString("process_instance_id"),
                rs.getString("owner_id"), CaseState.valueOf(rs.getString("state")),
                rs.getObject("customer_id", Long.class),
                documentType == null ? null : new Identification(rs.getString("identified_by"),
                        rs.getObject("identified_at", OffsetDateTime.class), DocumentType.valueOf(documentType),
                        rs.getString("id_document_last3")),
                accessCase == null ? null : AccessCase.valueOf(accessCase),
                rs.getObject("request_form_id", Long.class), rs.getString("signed_by"),
                rs.getObject("signed_at", OffsetDateTime.class));
    };

    private static final RowMapper<RequestForm> REQUEST_FORM = (rs, row) -> new RequestForm(rs.getLong("id"),
            rs.getLong("case_file_id"), rs.getLong("customer_id"), rs.getString("mobile_number"),
            rs.getString("file_name"), rs.getString("pdf_sha256"), rs.getString("printed_by"),
            rs.getObject("printed_at", OffsetDateTime.class));

    private final JdbcClient jdbc;

    CaseFileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String processInstanceId, String ownerId, OffsetDateTime now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO case_file (process_instance_id, owner_id, state, created_at, updated_at)
                VALUES (?, ?, 'OPENED', ?, ?)""")
                .params(processInstanceId, ownerId, now, now)
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    void setCaseNumber(long id, String caseNumber) {
        jdbc.sql("UPDATE case_file SET case_number = ? WHERE id = ?").params(caseNumber, id).update();
    }

    /** Reads the case and holds its row until the transaction ends, so that two steps of one case never interleave. */
    Optional<CaseFile> findByProcessInstanceForUpdate(String processInstanceId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM case_file WHERE process_instance_id = ? FOR UPDATE")
                .param(processInstanceId).query(CASE_FILE).optional();
    }

    Optional<CaseFile> findByProcessInstance(String processInstanceId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM case_file WHERE process_instance_id = ?")
                .param(processInstanceId).query(CASE_FILE).optional();
    }

    Optional<CaseFile> findByCaseNumber(String caseNumber) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM case_file WHERE case_number = ?")
                .param(caseNumber).query(CASE_FILE).optional();
    }

    void replaceOffered(long caseFileId, Collection<Long> customerIds) {
        jdbc.sql("DELETE FROM case_offered_customer WHERE case_file_id = ?").param(caseFileId).update();
        for (long customerId : customerIds) {
            jdbc.sql("INSERT INTO case_offered_customer (case_file_id, customer_id) VALUES (?, ?)")
                    .params(caseFileId, customerId).update();
        }
    }

    boolean wasOffered(long caseFileId, long customerId) {
        return jdbc.sql("SELECT COUNT(*) FROM case_offered_customer WHERE case_file_id = ? AND customer_id = ?")
                .params(caseFileId, customerId).query(Long.class).single() > 0;
    }

    /** Back to a fresh search: nothing identified, decided, printed or signed any more. */
    void restart(long id, OffsetDateTime now) {
        jdbc.sql("""
                UPDATE case_file SET state = 'OPENED', customer_id = NULL, identified_by = NULL, identified_at = NULL,
                    id_document_type = NULL, id_document_hash = NULL, id_document_last3 = NULL, access_case = NULL,
                    ineligibility_reason = NULL, eligibility_checked_at = NULL, request_form_id = NULL,
                    updated_at = ? WHERE id = ?""")
                .params(now, id).update();
    }

    void identified(long id, long customerId, String agent, OffsetDateTime now, DocumentType documentType,
            String documentHash, String documentLast3) {
        jdbc.sql("""
                UPDATE case_file SET state = 'IDENTIFIED', customer_id = ?, identified_by = ?, identified_at = ?,
                    id_document_type = ?, id_document_hash = ?, id_document_last3 = ?, access_case = NULL,
                    ineligibility_reason = NULL, eligibility_checked_at = NULL, request_form_id = NULL,
                    updated_at = ? WHERE id = ?""")
                .params(customerId, agent, now, documentType.name(), documentHash, documentLast3, now, id).update();
    }

    void eligibilityDecided(long id, CaseState state, AccessCase accessCase, String reason, OffsetDateTime now) {
        jdbc.sql("""
                UPDATE case_file SET state = ?, access_case = ?, ineligibility_reason = ?, eligibility_checked_at = ?,
                    updated_at = ? WHERE id = ?""")
                .params(state.name(), accessCase == null ? null : accessCase.name(), reason, now, now, id).update();
    }

    void changeState(long id, CaseState state, OffsetDateTime now) {
        jdbc.sql("UPDATE case_file SET state = ?, updated_at = ? WHERE id = ?").params(state.name(), now, id).update();
    }

    void formPrinted(long id, long requestFormId, OffsetDateTime now) {
        jdbc.sql("UPDATE case_file SET state = 'FORM_PRINTED', request_form_id = ?, updated_at = ? WHERE id = ?")
                .params(requestFormId, now, id).update();
    }

    void signed(long id, String agent, OffsetDateTime now) {
        jdbc.sql("UPDATE case_file SET state = 'SIGNED', signed_by = ?, signed_at = ?, updated_at = ? WHERE id = ?")
                .params(agent, now, now, id).update();
    }

    void codeSent(long id, OffsetDateTime now) {
        jdbc.sql("UPDATE case_file SET state = 'CODE_SENT', code_sent_at = ?, updated_at = ? WHERE id = ?")
                .params(now, now, id).update();
    }

    void changeOwner(long id, String ownerId, OffsetDateTime now) {
        jdbc.sql("UPDATE case_file SET owner_id = ?, updated_at = ? WHERE id = ?").params(ownerId, now, id).update();
    }

    long insertRequestForm(long caseFileId, long customerId, String mobileNumber, String fileName, String sha256,
            byte[] pdf, String printedBy, OffsetDateTime printedAt) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO case_request_form (case_file_id, customer_id, mobile_number, file_name, pdf_sha256, pdf,
                    printed_by, printed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseFileId, customerId, mobileNumber, fileName, sha256, pdf, printedBy, printedAt)
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    Optional<RequestForm> findRequestForm(long id) {
        return jdbc.sql("SELECT id, case_file_id, customer_id, mobile_number, file_name, pdf_sha256, printed_by, "
                + "printed_at FROM case_request_form WHERE id = ?").param(id).query(REQUEST_FORM).optional();
    }

    Optional<byte[]> requestFormPdf(long id) {
        return jdbc.sql("SELECT pdf FROM case_request_form WHERE id = ?").param(id).query(byte[].class).optional();
    }

    List<Long> offered(long caseFileId) {
        return jdbc.sql("SELECT customer_id FROM case_offered_customer WHERE case_file_id = ? ORDER BY customer_id")
                .param(caseFileId).query(Long.class).list();
    }
}
