package hu.insurer.lifeaccess.browser;

import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.CORRECTION_DECISION;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.NEW_MOBILE_NUMBER;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.REVIEW_DECISION;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.SEARCH_CUSTOMER_CARD_NUMBER;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.SIGNATURE_CONFIRMED;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.SIGNATURE_DECISION;
import static hu.insurer.lifeaccess.support.DemoCustomerFixtures.DOROTTYA_CARD_NUMBER;
import static hu.insurer.lifeaccess.support.DemoCustomerFixtures.DOROTTYA_MOBILE;
import static hu.insurer.lifeaccess.support.DemoCustomerFixtures.DOROTTYA_MOBILE_DISPLAYED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import hu.insurer.lifeaccess.customer.CustomerRepository;
import hu.insurer.lifeaccess.support.CaseDriver;

/**
 * An auditor opens the "Kódigénylések (audit)" Cockpit plugin in a real browser, finds Dorottya Katalin's finished
 * case by her card number and by its case number, and reads its audit trail: who identified her, when and with
 * which (masked) document, the mobile number correction, the request form (downloaded with the Cockpit session from
 * the application), the code's fate — never the code.
 *
 * The case ends without granting access (the code expires), so the demo customer keeps her portal scopes; her
 * mobile number, which the case corrects, is restored at once (other tests in this JVM use her).
 */
class CockpitAuditBrowserIT extends BrowserTest {

    private static final String DOROTTYA_CARD = DOROTTYA_CARD_NUMBER;
    private static final String DOROTTYA_BIRTH_DATE = "1970-01-01";
    private static final String CORRECTED_MOBILE = "+36 70 555 0199";

    @Autowired
    ProcessEngine engine;
    @Autowired
    CustomerRepository customers;

    @Test
    void anAuditorFindsDorottyasFinishedCaseAndReadsItsTrail() {
        CaseWithExpiredCode finished = dorottyasCaseWithADataChangeAndAnExpiredCode();

        browser.open("/camunda/app/cockpit/default/");
        browser.visible(By.cssSelector("input[ng-model='username']")).sendKeys("auditor");
        browser.driver().findElement(By.cssSelector("input[ng-model='password']")).sendKeys("auditor");
        browser.click(By.cssSelector("form[name='signinForm'] button[type='submit']"));
        browser.visible(By.linkText("Kódigénylések (audit)"));
        HungarianPage.check(browser, "cockpit", "Cockpit's dashboard");

        browser.click(By.linkText("Kódigénylések (audit)"));
        filterBy("kartya", DOROTTYA_CARD, DOROTTYA_CARD);
        By row = By.cssSelector("tr[data-case-id='" + finished.instanceId() + "']");
        WebElement caseRow = browser.visible(row);
        assertThat(caseRow.getText()).contains(finished.caseNumber(), DOROTTYA_CARD, "agent", "Kód lejárt");
        assertThat(rows()).allSatisfy(listed -> assertThat(listed.getText()).contains(DOROTTYA_CARD));

        browser.visible(By.name("kartya")).clear();
        // typed in lower case, as an auditor may: the filter shows and finds it in upper case
        filterBy("ugyszam", finished.caseNumber().toLowerCase(), finished.caseNumber());
        assertThat(rows()).singleElement()
                .satisfies(listed -> assertThat(listed.getAttribute("data-case-id")).isEqualTo(finished.instanceId()));
        HungarianPage.check(browser, "cockpit", "the audit plugin's list");
        browser.screenshot("90-cockpit-audit-list");

        browser.click(row);
        browser.waitForText(By.cssSelector(".la-audit h2"), finished.caseNumber());
        assertThat(browser.driver().findElement(By.cssSelector(".la-audit h2")).getText())
                .isEqualTo(finished.caseNumber());
        List<WebElement> identifications = browser.driver().findElements(By.cssSelector("tr.la-identification"));
        assertThat(identifications).hasSize(1);
        assertThat(identifications.get(0).getText()).contains("agent", "Dorottya Katalin – 123456789",
                "Személyazonosító igazolvány", "******6AB");
        WebElement change = browser.visible(By.cssSelector("tr.la-data-change"));
        assertThat(change.getText()).contains("Mobiltelefonszám", DOROTTYA_MOBILE_DISPLAYED, "+36 70 555 0199",
                "agent");
        String page = browser.driver().findElement(By.cssSelector(".la-audit")).getText();
        assertThat(page).contains("Dorottya Katalin – 123456789", "Kód lejárt", "Ügyfélmódosítás: mobilszám",
                "Döntés: Ügyfélmódosítás", "+36 ***** 0199", "Hibás kód az Ügyfélportálon (1. próbálkozás)",
                "Lejárt, nem váltották be", "igenylo-nyomtatvany-123456789.pdf letöltése");
        assertThat(page).doesNotContain(CaseDriver.DOCUMENT_NUMBER, finished.code(), finished.code().replace("-", ""));
        HungarianPage.check(browser, "cockpit", "a case's audit trail");

        WebElement download = browser.driver().findElement(By.cssSelector("a.la-download"));
        assertThat(download.getAttribute("href")).endsWith("/api/cases/" + finished.instanceId() + "/request-form");
        assertThat(downloadedWithTheCockpitSession(download.getAttribute("href")))
                .containsEntry("status", 200L).containsEntry("type", "application/pdf").containsEntry("start", "%PDF");

        browser.driver().manage().window().setSize(new Dimension(1400, 2500));
        browser.screenshot("90-cockpit-audit");
    }

    /** Types into a filter and submits; the list is rendered anew with the filter in its URL. */
    private void filterBy(String field, String typed, String shown) {
        browser.visible(By.name(field)).sendKeys(typed);
        browser.click(By.cssSelector(".la-filters button[type='submit']"));
        // only the new rendering has the filter as the field's value attribute (typing sets the property only)
        browser.visible(By.cssSelector(".la-filters input[name='" + field + "'][value='" + shown + "']"));
        browser.visible(By.cssSelector(".la-summary"));
    }

    private List<WebElement> rows() {
        return browser.driver().findElements(By.cssSelector("tr.la-row"));
    }

    /** What the browser gets for the link with the auditor's cookies, as a click would download it. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> downloadedWithTheCockpitSession(String url) {
        return (Map<String, Object>) browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'})
                  .then(async (response) => done({status: response.status,
                    type: response.headers.get('Content-Type'),
                    start: new TextDecoder().decode((await response.arrayBuffer()).slice(0, 4))}))
                  .catch((error) => done({error: String(error)}));""", url);
    }

    private record CaseWithExpiredCode(String instanceId, String caseNumber, String code) {
    }

    /**
     * As the agent: search, identify, correct the mobile number, sign, send the code; one wrong code on the portal;
     * then the validity timer fires. Her mobile number is restored whatever happens.
     */
    private CaseWithExpiredCode dorottyasCaseWithADataChangeAndAnExpiredCode() {
        CaseDriver cases = new CaseDriver(engine, customers, jdbc);
        long customerId = customers.findIdByCardNumber(DOROTTYA_CARD).orElseThrow();
        try {
            ProcessInstance instance = cases.startSearch(SEARCH_CUSTOMER_CARD_NUMBER, DOROTTYA_CARD);
            cases.identify(instance, DOROTTYA_CARD);
            cases.submit(instance, REVIEW_DECISION, "MODIFY_CUSTOMER");
            cases.submit(instance, CORRECTION_DECISION, "SAVE", NEW_MOBILE_NUMBER, CORRECTED_MOBILE);
            cases.submit(instance, REVIEW_DECISION, "CONTINUE");
            cases.submit(instance, SIGNATURE_CONFIRMED, true, SIGNATURE_DECISION, "SIGNED");
            cases.runJob(instance);
            String code = cases.codeOf(instance);
            assertThat(CaseDriver.redeem(http(), DOROTTYA_CARD, DOROTTYA_BIRTH_DATE, CaseDriver.wrongCodeFor(code))
                    .statusCode()).isEqualTo(422);
            cases.expireCode(instance);
            HistoricProcessInstance ended = historyService.createHistoricProcessInstanceQuery()
                    .processInstanceId(instance.getId()).singleResult();
            assertThat(ended.getEndTime()).isNotNull();
            return new CaseWithExpiredCode(instance.getId(), ended.getBusinessKey(), code);
        } finally {
            customers.updateMobileNumber(customerId, DOROTTYA_MOBILE);
        }
    }
}
