package hu.insurer.lifeaccess.process;

import static hu.insurer.lifeaccess.process.ProcessConstants.Element.COLLECT_SIGNATURE;
import static hu.insurer.lifeaccess.process.ProcessConstants.Element.CORRECT_CUSTOMER_DATA;
import static hu.insurer.lifeaccess.process.ProcessConstants.Element.REVIEW_PARTNER_DATA;
import static hu.insurer.lifeaccess.process.ProcessConstants.Element.SIGNED_FORM_OUTDATED;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.CORRECTION_DECISION;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.CUSTOMER_ID;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.IDENTIFIED_BY;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.IDENTITY_DOCUMENT_NUMBER;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.NEW_MOBILE_NUMBER;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.REQUEST_FORM_NOTICE;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.REVIEW_DECISION;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.SEARCH_CUSTOMER_CARD_NUMBER;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.SEARCH_DOCUMENT_NUMBER;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.SECURITY_CODE_ID;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.SIGNATURE_CONFIRMED;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.SIGNATURE_DECISION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import hu.insurer.lifeaccess.support.SmsInbox;
import hu.insurer.lifeaccess.casefile.CaseState;
import hu.insurer.lifeaccess.security.CamundaGroups;
import hu.insurer.lifeaccess.support.CamundaHttp;

/**
 * The case record, not the variables, decides whom a case is about, what was printed and signed, and whose case it
 * is: what a client could smuggle into the variables changes nothing, and the code reaches only the number printed
 * on the form the customer signed.
 */
class CaseIntegrityIT extends ProcessTest {

    @Autowired
    DataSource dataSource;

    @Test
    void aNumberChangedAfterPrintingSendsTheAgentBackToPrintAndSignAgain() throws Exception {
        String card = newEligibleCustomer(false);
        ProcessInstance first = startSearch(SEARCH_CUSTOMER_CARD_NUMBER, card);
        identify(first, card);
        submit(first, REVIEW_DECISION, "CONTINUE");
        assertThat(first).isWaitingAt(COLLECT_SIGNATURE);

        // meanwhile a second case for the same customer changes the number the first form was printed with
        ProcessInstance second = startSearch(SEARCH_CUSTOMER_CARD_NUMBER, card);
        identify(second, card);
        submit(second, REVIEW_DECISION, "MODIFY_CUSTOMER");
        String newNumber = "+36705" + card.substring(card.length() - 6);
        submit(second, CORRECTION_DECISION, "SAVE", NEW_MOBILE_NUMBER, newNumber);

        submit(first, SIGNATURE_CONFIRMED, true, SIGNATURE_DECISION, "SIGNED");
        runJob(first);
        assertThat(first).hasPassed(SIGNED_FORM_OUTDATED).isWaitingAt(COLLECT_SIGNATURE);
        assertThat(variable(first, REQUEST_FORM_NOTICE)).contains("mobilszáma", "megváltozott", "írassa alá újra");
        assertThat(codesOf(first)).isZero();
        assertThat(caseFiles.find(first.getId()).orElseThrow().state()).isEqualTo(CaseState.FORM_PRINTED);
        try (PDDocument reprinted = Loader.loadPDF(requestFormPdf(first))) {
            assertThat(new PDFTextStripper().getText(reprinted).replace(" ", "")).contains(newNumber);
        }

        submit(first, SIGNATURE_CONFIRMED, true, SIGNATURE_DECISION, "SIGNED");
        assertThat(runtimeService.getVariable(first.getId(), REQUEST_FORM_NOTICE)).isNull();
        runJob(first);
        assertThat(first).isWaitingAt(ProcessConstants.Element.AWAIT_REDEMPTION);
        assertThat(codesOf(first)).isEqualTo(1);
        long codeId = ((Number) runtimeService.getVariable(first.getId(), SECURITY_CODE_ID)).longValue();
        assertThat(SmsInbox.recipientOf(jdbc, codeId)).isEqualTo(newNumber);
    }

    private long codesOf(ProcessInstance instance) {
        return jdbc.sql("SELECT COUNT(*) FROM security_code WHERE process_instance_id = ?").param(instance.getId())
                .query(Long.class).single();
    }

    @Test
    void aCustomerIdSmuggledIntoTheVariablesChangesNeitherTheDataChangedNorWhoGetsTheCode() {
        String card = newEligibleCustomer(false);
        String other = newEligibleCustomer(false);
        long otherId = customers.findIdByCardNumber(other).orElseThrow();
        ProcessInstance instance = startSearch(SEARCH_CUSTOMER_CARD_NUMBER, card);
        identify(instance, card);

        // a variable written past the forms (the engine guard refuses that to agents; here the test writes it)
        runtimeService.setVariable(instance.getId(), CUSTOMER_ID, String.valueOf(otherId));
        submit(instance, REVIEW_DECISION, "MODIFY_CUSTOMER");
        assertThat(instance).isWaitingAt(CORRECT_CUSTOMER_DATA);
        submit(instance, CORRECTION_DECISION, "SAVE", NEW_MOBILE_NUMBER, "+36 20 999 8877");
        assertThat(mobileNumberOf(card)).isEqualTo("+36209998877");
        assertThat(mobileNumberOf(other)).isEqualTo("+36301112222");

        submit(instance, REVIEW_DECISION, "CONTINUE");
        runtimeService.setVariable(instance.getId(), CUSTOMER_ID, String.valueOf(otherId));
        submit(instance, SIGNATURE_CONFIRMED, true, SIGNATURE_DECISION, "SIGNED");
        runJob(instance);
        long codeId = ((Number) runtimeService.getVariable(instance.getId(), SECURITY_CODE_ID)).longValue();
        assertThat(SmsInbox.recipientOf(jdbc, codeId)).isEqualTo("+36209998877");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM security_code WHERE customer_id = ?").param(otherId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void anotherAgentCannotWorkTheCaseUntilASupervisorHandsItOver() {
        String card = newEligibleCustomer(false);
        ProcessInstance instance = startSearch(SEARCH_CUSTOMER_CARD_NUMBER, card);
        identify(instance, card);
        String taskId = task(instance).getId();
        assertThat(task(instance).getAssignee()).isEqualTo("agent");

        as("agent2", CamundaGroups.AGENTS, () -> assertThat(taskService.createTaskQuery().taskId(taskId).count()).isZero());
        assertThatThrownBy(() -> as("agent2", CamundaGroups.AGENTS,
                () -> taskService.complete(taskId, java.util.Map.of(REVIEW_DECISION, "CONTINUE"))))
                .isInstanceOf(AuthorizationException.class);
        assertThat(instance).isWaitingAt(REVIEW_PARTNER_DATA);

        as("supervisor", CamundaGroups.SUPERVISORS, () -> taskService.setAssignee(taskId, "agent2"));
        assertThat(caseFiles.find(instance.getId()).orElseThrow().ownerId()).isEqualTo("agent2");
        as("agent2", CamundaGroups.AGENTS, () -> taskService.complete(taskId, java.util.Map.of(REVIEW_DECISION, "CONTINUE")));
        assertThat(instance).isWaitingAt(COLLECT_SIGNATURE);
        assertThat(task(instance).getAssignee()).isEqualTo("agent2");
        List<UserOperationLogEntry> assignments = historyService.createUserOperationLogQuery().taskId(taskId)
                .operationType(UserOperationLogEntry.OPERATION_TYPE_ASSIGN).list();
        assertThat(assignments).extracting(UserOperationLogEntry::getUserId, UserOperationLogEntry::getNewValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("supervisor", "agent2"));
    }

    @Test
    void theFullDocumentNumberIsInNoEngineTableAndTheCaseShowsWhoIdentifiedWithWhat() throws Exception {
        String card = newEligibleCustomer(false);
        ProcessInstance instance = startSearch(SEARCH_DOCUMENT_NUMBER, "T" + card);
        identify(instance, card);
        submit(instance, REVIEW_DECISION, "CONTINUE");

        assertThat(variable(instance, IDENTITY_DOCUMENT_NUMBER)).isEqualTo("******6AB");
        assertThat(variable(instance, IDENTIFIED_BY)).isEqualTo("agent");
        assertThat(runtimeService.getVariable(instance.getId(), SEARCH_DOCUMENT_NUMBER)).isNull();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(SEARCH_DOCUMENT_NUMBER).includeDeleted().singleResult().getValue())
                .isEqualTo("******" + card.substring(card.length() - 3));
        assertThat(engineTablesContaining("123456AB")).isEmpty();
        assertThat(engineTablesContaining("T" + card)).isEmpty();
    }

    @Test
    void theRequestFormIsServedToTheCaseAgentAndAuditorsOnlyWithTheirSession() {
        String card = newEligibleCustomer(false);
        ProcessInstance instance = startSearch(SEARCH_CUSTOMER_CARD_NUMBER, card);
        identify(instance, card);
        submit(instance, REVIEW_DECISION, "CONTINUE");
        String path = RequestFormController.path(instance.getId());

        assertThat(http().getBytes(path).statusCode()).isEqualTo(401);
        assertThat(downloadAs("tasklist", "agent", path).statusCode()).isEqualTo(200);
        HttpResponse<byte[]> pdf = downloadAs("tasklist", "agent", path);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
        assertThat(downloadAs("tasklist", "agent2", path).statusCode()).isEqualTo(404);
        assertThat(downloadAs("cockpit", "auditor", path).statusCode()).isEqualTo(200);
        assertThat(downloadAs("tasklist", "supervisor", path).statusCode()).isEqualTo(200);
    }

    private HttpResponse<byte[]> downloadAs(String app, String user, String path) {
        CamundaHttp session = http();
        assertThat(session.webappLogin(app, user, user).statusCode()).isEqualTo(200);
        return session.getBytes(path);
    }

    private List<String> engineTablesContaining(String text) throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME");
                    if (name.toUpperCase().startsWith("ACT_")) {
                        tables.add(name);
                    }
                }
            }
            for (String table : tables) {
                try (var statement = connection.createStatement();
                        ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int i = 1; i <= columns; i++) {
                            Object value = rows.getObject(i);
                            String textValue = value instanceof byte[] bytes ? new String(bytes) : String.valueOf(value);
                            if (textValue.contains(text)) {
                                found.add(table + "." + rows.getMetaData().getColumnName(i));
                            }
                        }
                    }
                }
            }
        }
        return found;
    }
}
