package hu.insurer.lifeaccess.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import hu.insurer.lifeaccess.customer.CustomerRepository;
import hu.insurer.lifeaccess.support.SmsInbox;

/**
 * An auditor opens the "Kódigénylések (audit)" Cockpit plugin in a real browser, finds Dorottya Katalin's finished
 * case by her card number and reads its audit trail: the mobile number correction, the masked identity document,
 * the code's fate — never the code.
 *
 * The case ends without granting access (the code expires), so the demo customer keeps her portal scopes; her
 * mobile number, which the case corrects, is restored at once (other tests in this JVM use her).
 */
class CockpitAuditBrowserIT extends BrowserTest {

    private static final String DOROTTYA_CARD = "123456789";
    private static final String DOROTTYA_BIRTH_DATE = "1970-01-01";
    private static final String DOROTTYA_MOBILE = "+36301234567";
    private static final String CORRECTED_MOBILE = "+36 70 555 0199";
    private static final String DOCUMENT_NUMBER = "HU123456AB";

    @Autowired
    IdentityService identityService;
    @Autowired
    CustomerRepository customers;

    @Test
    void anAuditorFindsDorottyasFinishedCaseAndReadsItsTrail() {
        CaseWithExpiredCode finished = dorottyasCaseWithADataChangeAndAnExpiredCode();

        WebDriver driver = browser.driver();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        driver.get("http://localhost:" + port + "/camunda/app/cockpit/default/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")))
                .sendKeys("auditor");
        driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("auditor");
        driver.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();

        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Kódigénylések (audit)")));
        HungarianPage.check(browser, "cockpit", "Cockpit's dashboard");
        driver.findElement(By.linkText("Kódigénylések (audit)")).click();
        WebElement cardFilter = wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("kartya")));
        cardFilter.sendKeys(DOROTTYA_CARD);
        driver.findElement(By.cssSelector(".la-filters button[type='submit']")).click();

        By row = By.cssSelector("tr[data-case-id='" + finished.instanceId() + "']");
        WebElement caseRow = wait.until(ExpectedConditions.visibilityOfElementLocated(row));
        assertThat(caseRow.getText()).contains(DOROTTYA_CARD, "agent", "Kód lejárt");
        assertThat(driver.findElements(By.cssSelector("tr.la-row"))).allSatisfy(
                listed -> assertThat(listed.getText()).contains(DOROTTYA_CARD));
        HungarianPage.check(browser, "cockpit", "the audit plugin's list");
        browser.screenshot("90-cockpit-audit-list");

        caseRow.click();
        WebElement change = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("tr.la-data-change")));
        assertThat(change.getText()).contains("Mobiltelefonszám", "+36 30 123 4567", "+36 70 555 0199", "agent");
        String page = driver.findElement(By.cssSelector(".la-audit")).getText();
        assertThat(page).contains("Dorottya Katalin – 123456789", "Kód lejárt", "Személyazonosító igazolvány",
                "******6AB", "Ügyfélmódosítás: mobilszám", "Döntés: Ügyfélmódosítás", "+36 ***** 0199",
                "Hibás kód az Ügyfélportálon (1. próbálkozás)", "Lejárt, nem váltották be",
                "igenylo-nyomtatvany-123456789.pdf letöltése");
        assertThat(page).doesNotContain(DOCUMENT_NUMBER, finished.code(), finished.code().replace("-", ""));
        HungarianPage.check(browser, "cockpit", "a case's audit trail");
        assertThat(driver.findElement(By.cssSelector("a.la-download")).getAttribute("href"))
                .contains("/camunda/api/engine/engine/default/history/variable-instance/").endsWith("/data");

        driver.manage().window().setSize(new Dimension(1400, 2300));
        browser.screenshot("90-cockpit-audit");
    }

    private record CaseWithExpiredCode(String instanceId, String code) {
    }

    /**
     * As the agent: search, identify, correct the mobile number, sign, send the code; one wrong code on the portal;
     * then the validity timer fires. Her mobile number is restored whatever happens.
     */
    private CaseWithExpiredCode dorottyasCaseWithADataChangeAndAnExpiredCode() {
        long customerId = customers.findIdByCardNumber(DOROTTYA_CARD).orElseThrow();
        try {
            String instanceId = asAgent(() -> runtimeService.startProcessInstanceByKey("SecurityCodeIssuanceProcess",
                    Map.of("searchCustomerType", "PERSON", "searchCountry", "HU",
                            "searchCustomerCardNumber", DOROTTYA_CARD)).getId());
            complete(instanceId, "customerId", String.valueOf(customerId), "identityDocumentType", "ID_CARD",
                    "identityDocumentNumber", DOCUMENT_NUMBER, "identityVerified", true, "identifyDecision", "IDENTIFIED");
            complete(instanceId, "reviewDecision", "MODIFY_CUSTOMER");
            complete(instanceId, "correctionDecision", "SAVE", "newMobileNumber", CORRECTED_MOBILE);
            complete(instanceId, "reviewDecision", "CONTINUE");
            complete(instanceId, "signatureConfirmed", true, "signatureDecision", "SIGNED");
            Job sending = managementService.createJobQuery().processInstanceId(instanceId).singleResult();
            managementService.executeJob(sending.getId());

            String code = codeSentIn(instanceId);
            String wrong = code.startsWith("2") ? "3" + code.substring(1) : "2" + code.substring(1);
            HttpResponse<String> refused = http().postJson("/api/portal/security-code-redemptions", "portal",
                    "{\"customerCardNumber\": \"" + DOROTTYA_CARD + "\", \"birthDate\": \"" + DOROTTYA_BIRTH_DATE
                            + "\", \"code\": \"" + wrong + "\"}");
            assertThat(refused.statusCode()).isEqualTo(422);

            Job timer = managementService.createJobQuery().processInstanceId(instanceId).timers().singleResult();
            managementService.executeJob(timer.getId());
            assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instanceId).singleResult()
                    .getEndTime()).isNotNull();
            return new CaseWithExpiredCode(instanceId, code);
        } finally {
            customers.updateMobileNumber(customerId, DOROTTYA_MOBILE);
        }
    }

    private void complete(String instanceId, Object... keysAndValues) {
        Map<String, Object> submission = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            submission.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        String taskId = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
        asAgent(() -> {
            taskService.complete(taskId, submission);
            return null;
        });
    }

    private <T> T asAgent(Supplier<T> action) {
        identityService.setAuthentication("agent", List.of("agents"));
        try {
            return action.get();
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** The code as the customer read it in the SMS (development outbox). */
    private String codeSentIn(String instanceId) {
        return SmsInbox.codeFor(jdbc, ((Number) runtimeService.getVariable(instanceId, "securityCodeId")).longValue());
    }
}
