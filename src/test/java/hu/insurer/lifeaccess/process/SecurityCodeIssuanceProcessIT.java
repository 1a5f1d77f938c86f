package hu.insurer.lifeaccess.process;

import static hu.insurer.lifeaccess.process.ProcessConstants.Element.*;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.*;
import static hu.insurer.lifeaccess.support.DemoCustomerFixtures.DOROTTYA_MOBILE_DISPLAYED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import hu.insurer.lifeaccess.eligibility.EligibilityTable;
import hu.insurer.lifeaccess.eligibility.EligibilityTableFile;

/**
 * Every path and loop of the agent's part of the model, from the search to the code being sent, on the real
 * engine, delegates and database, with the demo customers (README).
 */
class SecurityCodeIssuanceProcessIT extends ProcessTest {

    @Test
    void extensionForDorottyaKatalinUpToTheCodeSent() throws Exception {
        ProcessInstance instance = startSearch(SEARCH_NAME, "dorottya katalin");
        assertThat(instance).isWaitingAt(IDENTIFY_CUSTOMER).variables()
                .containsEntry(CUSTOMER_RESULT_COUNT, 1).containsEntry(SEARCH_OUTCOME, "FOUND");
        assertThat(variable(instance, CUSTOMER_RESULTS)).contains("Dorottya Katalin", "123456789", "1970.01.01");

        identify(instance, "123456789");
        assertThat(instance).isWaitingAt(REVIEW_PARTNER_DATA).variables()
                .containsEntry(ELIGIBLE, true)
                .containsEntry(ACCESS_CASE, "EXTENSION")
                .containsEntry(PARTNER_NAME, "Dorottya Katalin")
                .containsEntry(PARTNER_MOTHER_NAME, "Magdolna István")
                .containsEntry(PARTNER_BIRTH_DATE, "1970.01.01")
                .containsEntry(PARTNER_CUSTOMER_CARD_NUMBER, "123456789")
                .containsEntry(PARTNER_MOBILE_NUMBER, DOROTTYA_MOBILE_DISPLAYED)
                .containsEntry(MOBILE_NUMBER_VALID, true);
        assertThat(variable(instance, CUSTOMER_CONTRACTS)).contains("AHEV00012345", "Élő", "2012.10.04");
        // the decision table decided, and its history tells auditors which row and why
        assertThat(instance).hasPassedInOrder(GATHER_ELIGIBILITY_FACTS, DECIDE_ELIGIBILITY, CHECK_ELIGIBILITY);
        assertThat(runtimeService.getVariable(instance.getId(), ELIGIBILITY_RESULT)).isNull();
        HistoricDecisionInstance decided = historyService.createHistoricDecisionInstanceQuery()
                .processInstanceId(instance.getId()).includeInputs().includeOutputs().singleResult();
        assertThat(decided.getDecisionDefinitionKey()).isEqualTo(EligibilityTable.DECISION_KEY);
        assertThat(decided.getActivityId()).isEqualTo(DECIDE_ELIGIBILITY);
        assertThat(decided.getOutputs()).anySatisfy(output -> {
            assertThat(output.getVariableName()).isEqualTo(EligibilityTable.Output.DECISION);
            assertThat(output.getValue()).isEqualTo("EXTENSION");
        });

        submit(instance, REVIEW_DECISION, "CONTINUE");
        assertThat(instance).isWaitingAt(COLLECT_SIGNATURE);
        assertThat((String) runtimeService.getVariable(instance.getId(), REQUEST_FORM_DOWNLOAD_URL))
                .isEqualTo("/api/cases/" + instance.getId() + "/request-form");
        String caseNumber = variable(instance, CASE_NUMBER);
        assertThat(caseNumber).matches("ÜBK-\\d{4}-\\d{6}");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
                .getBusinessKey()).isEqualTo(caseNumber);
        try (PDDocument document = Loader.loadPDF(requestFormPdf(instance))) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Dorottya Katalin", "Magdolna István", "123456789", DOROTTYA_MOBILE_DISPLAYED,
                            "Ügyszám: " + caseNumber);
        }

        submit(instance, SIGNATURE_CONFIRMED, true, SIGNATURE_DECISION, "SIGNED");
        assertThat(instance).isWaitingAt(SEND_SECURITY_CODE);
        runJob(instance);
        assertThat(instance).isWaitingAt(ProcessConstants.Element.AWAIT_REDEMPTION).variables()
                .containsKeys(SECURITY_CODE_ID, CODE_EXPIRES_AT)
                .containsEntry(CODE_SENT_TO, "+36 ***** 4567");
    }

    @Test
    void namesakesAreBothOfferedAndTheChosenOneIsRegistered() {
        ProcessInstance instance = startSearch(SEARCH_NAME, "kovacs istvan");
        assertThat(instance).isWaitingAt(IDENTIFY_CUSTOMER).variables().containsEntry(CUSTOMER_RESULT_COUNT, 2);
        assertThat(variable(instance, CUSTOMER_OPTIONS)).contains("1965.03.15", "1980.07.22");

        identify(instance, "100000001");
        assertThat(instance).isWaitingAt(REVIEW_PARTNER_DATA).variables()
                .containsEntry(ACCESS_CASE, "REGISTRATION").containsEntry(PARTNER_BIRTH_DATE, "1965.03.15");
        // the namesake's data leaves the case once the customer is chosen
        assertThat(variable(instance, CUSTOMER_OPTIONS)).contains("1965.03.15").doesNotContain("1980.07.22");
        assertThat(variable(instance, CUSTOMER_RESULTS)).doesNotContain("Szűcs Piroska");
    }

    @Test
    void notEligibleCustomerSeesTheReasonAndTheCaseEnds() {
        ProcessInstance instance = startSearch(SEARCH_CUSTOMER_CARD_NUMBER, "100000003");
        identify(instance, "100000003");

        assertThat(instance).isWaitingAt(ACKNOWLEDGE_INELIGIBILITY).variables()
                .containsEntry(ELIGIBLE, false)
                .containsEntry(INELIGIBILITY_REASON, EligibilityTableFile.reasonOf("Rule_NoActiveLifeContract"));
        assertRefused(task(instance).getId(), Map.of(), "tudomásul");
        submit(instance, INELIGIBILITY_ACKNOWLEDGED, true);
        assertThat(instance).isEnded().hasPassed(END_NOT_ELIGIBLE);
    }

    @Test
    void nothingFoundLeadsToRefiningTheSearchAndTheAgentMayGiveUp() {
        ProcessInstance instance = startSearch(SEARCH_NAME, "nincs ilyen ugyfel");
        assertThat(instance).isWaitingAt(REFINE_SEARCH).variables()
                .containsEntry(SEARCH_OUTCOME, "NONE").containsEntry(CUSTOMER_RESULT_COUNT, 0);

        submit(instance, REFINE_DECISION, "CANCEL");
        assertThat(instance).isEnded().hasPassed(END_CANCELLED);
    }

    @Test
    void refiningSearchesAgainAndIdentificationMaySearchAgainOrCancel() {
        ProcessInstance instance = startSearch(SEARCH_NAME, "nincs ilyen ugyfel");
        submit(instance, REFINE_DECISION, "SEARCH", SEARCH_NAME, "szabo gyozo");
        assertThat(instance).isWaitingAt(IDENTIFY_CUSTOMER);
        assertThat(variable(instance, CUSTOMER_RESULTS)).contains("Szabó Győző");

        submit(instance, IDENTIFY_DECISION, "SEARCH_AGAIN");
        assertThat(instance).isWaitingAt(REFINE_SEARCH);
        submit(instance, REFINE_DECISION, "SEARCH");
        assertThat(instance).isWaitingAt(IDENTIFY_CUSTOMER);

        submit(instance, IDENTIFY_DECISION, "CANCEL");
        assertThat(instance).isEnded().hasPassed(END_CANCELLED);
    }

    @Test
    void aWrongMobileNumberIsRefusedOnTheSameTaskAndTheCorrectedOneIsSavedWithAnAuditRecord() {
        ProcessInstance instance = startSearch(SEARCH_CUSTOMER_CARD_NUMBER, "100000002");
        identify(instance, "100000002");
        assertThat(instance).isWaitingAt(REVIEW_PARTNER_DATA).variables()
                .containsEntry(MOBILE_NUMBER_VALID, false).containsEntry(PARTNER_MOBILE_NUMBER, "nincs megadva");

        assertRefused(task(instance).getId(), Map.of(REVIEW_DECISION, "CONTINUE"), "Érvényes mobilszám nélkül");
        assertThat(instance).isWaitingAt(REVIEW_PARTNER_DATA);

        submit(instance, REVIEW_DECISION, "MODIFY_CUSTOMER");
        assertThat(instance).isWaitingAt(CORRECT_CUSTOMER_DATA);
        submit(instance, CORRECTION_DECISION, "SAVE", NEW_MOBILE_NUMBER, "06 1 234 5678");
        assertThat(instance).isWaitingAt(CORRECT_CUSTOMER_DATA).variables()
                .containsEntry(MOBILE_NUMBER_ACCEPTED, false);
        assertThat((String) runtimeService.getVariable(instance.getId(), CORRECTION_ERROR)).isNotBlank();
        assertThat(mobileNumberOf("100000002")).isNull();

        submit(instance, CORRECTION_DECISION, "SAVE", NEW_MOBILE_NUMBER, "06 (20) 555-1234");
        assertThat(instance).isWaitingAt(REVIEW_PARTNER_DATA).variables()
                .containsEntry(PARTNER_MOBILE_NUMBER, "+36 20 555 1234").containsEntry(MOBILE_NUMBER_VALID, true);
        assertThat(mobileNumberOf("100000002")).isEqualTo("+36205551234");
        assertThat(jdbc.sql("""
                SELECT changed_by || '|' || COALESCE(old_value, '-') || '|' || new_value || '|' || process_instance_id
                FROM customer_data_change WHERE process_instance_id = ?""").param(instance.getId())
                .query(String.class).list())
                .containsExactly("agent|-|+36205551234|" + instance.getId());

        submit(instance, REVIEW_DECISION, "CONTINUE");
        assertThat(instance).isWaitingAt(COLLECT_SIGNATURE);
    }

    @Test
    void everyBackLeadsToThePreviousScreen() {
        ProcessInstance instance = startSearch(SEARCH_CUSTOMER_CARD_NUMBER, "100000001");
        identify(instance, "100000001");

        submit(instance, REVIEW_DECISION, "MODIFY_CUSTOMER");
        submit(instance, CORRECTION_DECISION, "BACK");
        assertThat(instance).isWaitingAt(REVIEW_PARTNER_DATA);

        submit(instance, REVIEW_DECISION, "CONTINUE");
        submit(instance, SIGNATURE_DECISION, "BACK");
        assertThat(instance).isWaitingAt(REVIEW_PARTNER_DATA);

        submit(instance, REVIEW_DECISION, "BACK");
        assertThat(instance).isWaitingAt(IDENTIFY_CUSTOMER);
    }

    @Test
    void aNameTheFormCannotPrintIsRefusedAtTheReviewAndNoFormIsKept() {
        String card = cases().newEligibleCustomer(false, "Жанна");
        ProcessInstance instance = startSearch(SEARCH_CUSTOMER_CARD_NUMBER, card);
        identify(instance, card);

        assertRefused(task(instance).getId(), Map.of(REVIEW_DECISION, "CONTINUE"),
                "Az igénylő nyomtatvány nem tudja kiírni ezt a karaktert az ügyfél nevében: „Ж” (U+0416).");
        assertThat(instance).isWaitingAt(REVIEW_PARTNER_DATA);
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM case_request_form f JOIN case_file c ON c.id = f.case_file_id
                WHERE c.process_instance_id = ?""").param(instance.getId()).query(Integer.class).single()).isZero();
    }

    @Test
    void aSearchWithoutAnyIdentifyingCriterionIsRefusedAndNoCaseIsCreated() {
        long before = runtimeService.createProcessInstanceQuery().count();
        assertThatThrownBy(() -> startSearch(SEARCH_COUNTRY, "HU"))
                .isInstanceOf(FormSubmissionException.class).hasMessageContaining("legalább egy keresési feltételt");
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(before);
    }

    @Test
    void aFutureBirthDateIsRefused() {
        assertThatThrownBy(() -> startSearch(SEARCH_BIRTH_DATE, "2999-01-01"))
                .isInstanceOf(FormSubmissionException.class);
    }

    @Test
    void identificationIsCheckedOnTheServerAndARefusalWritesNothing() {
        ProcessInstance instance = startSearch(SEARCH_NAME, "dorottya");
        String taskId = task(instance).getId();
        String notOffered = String.valueOf(customers.findIdByCardNumber("100000004").orElseThrow());
        String offered = String.valueOf(customers.findIdByCardNumber("123456789").orElseThrow());

        assertRefused(taskId, Map.of(IDENTIFY_DECISION, "IDENTIFIED", CUSTOMER_ID, notOffered,
                IDENTITY_DOCUMENT_TYPE, "ID_CARD", IDENTITY_DOCUMENT_NUMBER, "123456AB", IDENTITY_VERIFIED, true),
                "Válasszon ügyfelet");
        assertRefused(taskId, Map.of(IDENTIFY_DECISION, "IDENTIFIED", CUSTOMER_ID, offered,
                IDENTITY_DOCUMENT_TYPE, "ID_CARD", IDENTITY_DOCUMENT_NUMBER, "123456AB", IDENTITY_VERIFIED, false),
                "személyesen");
        assertRefused(taskId, Map.of(IDENTIFY_DECISION, "IDENTIFIED", CUSTOMER_ID, offered,
                IDENTITY_DOCUMENT_TYPE, "ID_CARD", IDENTITY_DOCUMENT_NUMBER, "", IDENTITY_VERIFIED, true),
                "okmány számát");
        assertRefused(taskId, Map.of(IDENTIFY_DECISION, "IDENTIFIED", CUSTOMER_ID, offered,
                IDENTITY_DOCUMENT_TYPE, "BIRTH_CERTIFICATE", IDENTITY_DOCUMENT_NUMBER, "1", IDENTITY_VERIFIED, true),
                "okmánnyal");
        assertRefused(taskId, Map.of(CUSTOMER_ID, offered), "hogyan folytatódjon");

        assertThat(instance).isWaitingAt(IDENTIFY_CUSTOMER);
        assertThat(runtimeService.getVariable(instance.getId(), CUSTOMER_ID)).isNull();
    }

    @Test
    void aSignatureMustBeConfirmed() {
        ProcessInstance instance = startSearch(SEARCH_CUSTOMER_CARD_NUMBER, "123456789");
        identify(instance, "123456789");
        submit(instance, REVIEW_DECISION, "CONTINUE");

        assertRefused(task(instance).getId(), Map.of(SIGNATURE_DECISION, "SIGNED", SIGNATURE_CONFIRMED, false),
                "aláírta");
        assertRefused(task(instance).getId(), Map.of(SIGNATURE_DECISION, "MAYBE"), "hogyan folytatódjon");
        assertThat(instance).isWaitingAt(COLLECT_SIGNATURE);
    }
}
