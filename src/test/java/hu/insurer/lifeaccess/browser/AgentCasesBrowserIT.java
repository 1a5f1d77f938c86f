package hu.insurer.lifeaccess.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import hu.insurer.lifeaccess.eligibility.EligibilityTableFile;
import hu.insurer.lifeaccess.process.ProcessConstants.Element;
import hu.insurer.lifeaccess.process.ProcessConstants.Variable;

/**
 * The agent's other cases in a real browser: a registration chosen between two namesakes, a customer who is not
 * eligible, and searches the server refuses. None of them changes a demo customer.
 */
class AgentCasesBrowserIT extends BrowserTest {

    @Test
    void ofTwoNamesakesTheAgentChoosesTheOneBornIn1965AndSeesARegistration() {
        tasklist.login("agent", null);
        tasklist.waitForTaskList(AGENTS_FILTER);
        tasklist.collapseFilters();
        tasklist.openStartDialog();
        tasklist.chooseProcess(PROCESS_NAME, "Field_SearchName").type("Field_SearchName", "kovacs istvan");
        tasklist.clickStart();
        tasklist.waitForStartDialogClosed();
        String processInstanceId = caseStartedWith(Variable.SEARCH_NAME, "kovacs istvan");
        try {
            Task identification = taskOf(processInstanceId);
            tasklist.dismissNotifications();
            CamundaForm form = tasklist.openTask(identification.getId(), "Field_CustomerId");
            assertThat(form.text()).contains("Találatok száma: 2", "1965.03.15", "1980.07.22", "100000001",
                    "100000007");
            assertThat(form.tablesWiderThanTheForm()).as("results table wider than the form").isZero();
            browser.screenshot("17-nevrokonok");
            form.select("Field_CustomerId", "Kovács István – 1965.03.15 – 100000001")
                    .select("Field_IdentityDocumentType", "Útlevél")
                    .type("Field_IdentityDocumentNumber", "BA1234567")
                    .check("Field_IdentityVerified")
                    .choose("Field_IdentifyDecision", "Azonosítva – ÜP élet ügyfélbiztonsági kód generálás");
            tasklist.complete(identification.getId());

            Task review = taskOf(processInstanceId);
            assertThat(review.getTaskDefinitionKey()).isEqualTo(Element.REVIEW_PARTNER_DATA);
            form = tasklist.openTask(review.getId(), "Field_ReviewDecision");
            assertThat(form.text()).contains("Partner neve: Kovács István", "Partner születési dátuma: 1965.03.15",
                    "Ügyfélkártyaszám: 100000001", "Igénylés típusa: Regisztráció");
            assertThat(form.tablesWiderThanTheForm()).as("contract table wider than the form").isZero();
            browser.screenshot("18-regisztracio-partneradatok");
        } finally {
            // the code is not sent again here: the open case would only crowd the agents' list
            runtimeService.deleteProcessInstance(processInstanceId, "browser test done");
        }
    }

    @Test
    void aCustomerWithoutALifeContractIsNotEligibleAndTheCaseEndsWhenTheAgentAcknowledgesIt() {
        tasklist.login("agent", null);
        tasklist.waitForTaskList(AGENTS_FILTER);
        tasklist.collapseFilters();
        tasklist.openStartDialog();
        tasklist.chooseProcess(PROCESS_NAME, "Field_SearchName")
                .type("Field_SearchCustomerCardNumber", "100000003");
        browser.screenshot("19-kereses-ugyfelkartyaszammal");
        tasklist.clickStart();
        tasklist.waitForStartDialogClosed();
        String processInstanceId = caseStartedWith(Variable.SEARCH_CUSTOMER_CARD_NUMBER, "100000003");

        Task identification = taskOf(processInstanceId);
        tasklist.dismissNotifications();
        CamundaForm form = tasklist.openTask(identification.getId(), "Field_CustomerId");
        assertThat(form.text()).contains("Nagy Éva", "100000003");
        form.select("Field_CustomerId", "100000003")
                .select("Field_IdentityDocumentType", "Vezetői engedély")
                .type("Field_IdentityDocumentNumber", "AB123456")
                .check("Field_IdentityVerified")
                .choose("Field_IdentifyDecision", "Azonosítva – ÜP élet ügyfélbiztonsági kód generálás");
        tasklist.complete(identification.getId());

        Task notice = taskOf(processInstanceId);
        assertThat(notice.getTaskDefinitionKey()).isEqualTo(Element.ACKNOWLEDGE_INELIGIBILITY);
        form = tasklist.openTask(notice.getId(), "Field_IneligibilityAcknowledged");
        assertThat(form.text()).contains("Az ügyfél nem jogosult ügyfélbiztonsági kódra", "Nagy Éva",
                EligibilityTableFile.reasonOf("Rule_NoActiveLifeContract"));
        form.check("Field_IneligibilityAcknowledged");
        browser.screenshot("20-nem-jogosult");
        tasklist.complete(notice.getId());

        assertThat(taskService.createTaskQuery().processInstanceId(processInstanceId).count()).isZero();
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult().getEndActivityId()).isEqualTo(Element.END_NOT_ELIGIBLE);
    }

    @Test
    void aSearchWithoutCriteriaAndAFutureBirthDateAreRefusedWithTheServersMessage() {
        tasklist.login("agent", null);
        tasklist.waitForTaskList(AGENTS_FILTER);
        tasklist.openStartDialog();
        tasklist.chooseProcess(PROCESS_NAME, "Field_SearchName");
        tasklist.clickStart();
        WebElement refusal = tasklist.waitForNotification("Adjon meg legalább egy keresési feltételt");
        browser.scrollIntoView(refusal);
        browser.screenshot("21-kereses-feltetel-nelkul");
        assertThat(casesStartedSinceTestStart()).isZero();

        browser.click(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()='Bezárás']"));
        tasklist.waitForStartDialogClosed();
        tasklist.openStartDialog();
        tasklist.chooseProcess(PROCESS_NAME, "Field_SearchName")
                .typeDate("Field_SearchBirthDate", "2999. 01. 01.");
        tasklist.clickStart();
        refusal = tasklist.waitForNotification("A születési dátum nem lehet jövőbeli.");
        browser.scrollIntoView(refusal);
        browser.screenshot("22-jovobeli-szuletesi-datum");
        assertThat(casesStartedSinceTestStart()).isZero();
    }
}
