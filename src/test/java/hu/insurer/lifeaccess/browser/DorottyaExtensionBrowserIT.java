package hu.insurer.lifeaccess.browser;

import static hu.insurer.lifeaccess.support.DemoCustomerFixtures.DOROTTYA_CARD_NUMBER;
import static hu.insurer.lifeaccess.support.DemoCustomerFixtures.DOROTTYA_MOBILE;
import static hu.insurer.lifeaccess.support.DemoCustomerFixtures.DOROTTYA_MOBILE_DISPLAYED;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import hu.insurer.lifeaccess.process.ProcessConstants.Element;
import hu.insurer.lifeaccess.process.ProcessConstants.Variable;
import hu.insurer.lifeaccess.support.SmsInbox;

/**
 * The seed's story in a real browser, from the login page on: the agent finds Dorottya Katalin by her name typed
 * without accents, identifies her, corrects her mobile number (a landline is refused first), downloads the request
 * form, confirms the signature and sends the code; an auditor finds the case waiting for its code in Cockpit; the
 * customer redeems the code from the SMS on the portal page and extends her access to life products.
 *
 * <p>Dorottya is a demo customer that other tests in the same application use and expect as the seed describes her
 * (eligible for EXTENSION, mobile +36 30 123 4567). Rather than ordering this class last, the test gives her back
 * what it changed in a finally block — her mobile number and a portal access without LIFE — so that whatever runs
 * after it, in any order, finds her as before.
 */
class DorottyaExtensionBrowserIT extends BrowserTest {

    private static final String CARD = DOROTTYA_CARD_NUMBER;
    private static final String NEW_MOBILE = "+36205551234";

    @Test
    void theAgentSendsTheCodeAndTheCustomerExtendsHerAccessOnThePortal() throws Exception {
        try {
            String processInstanceId = agentSendsTheCode();
            String code = codeFromTheSms();
            auditorSeesTheCaseWaitingForTheCode(processInstanceId, code);
            customerRedeemsTheCode(code);
            // the job executor is off in the tests: the case's closing job runs here
            managementService.executeJob(managementService.createJobQuery().processInstanceId(processInstanceId)
                    .singleResult().getId());
            assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                    .activityId(Element.END_ACCESS_GRANTED).count()).isEqualTo(1);
            assertThat(lifeScopes()).isEqualTo(1);
        } finally {
            restoreDorottya();
        }
    }

    private String agentSendsTheCode() throws Exception {
        tasklist.login("agent", "01-bejelentkezes");
        tasklist.waitForTaskList(AGENTS_FILTER);
        assertThat(browser.pageText()).contains("Folyamat indítása", "Létrehozva", AGENTS_FILTER);
        assertThat(browser.visible(By.cssSelector("input.main-field")).getDomAttribute("placeholder"))
                .isEqualTo("Feladatok szűrése");
        // Tasklist's date formats (config.js dateFormat) as its date filter writes them in the browser's time zone,
        // once moment has switched to the Hungarian month and day names (it may do so after the list shows)
        List<String> expected = List.of("2026. 12. 01. 09:40", "2026. december 1., kedd 09:40");
        // on the first load, whichever of the Hungarian and the fallback locale file arrives last (l10n.js)
        browser.until("Tasklist's dates written as " + expected, Duration.ofSeconds(30), driver -> expected.equals(
                browser.script("const date = window.angular.element(document.body).injector().get('$filter')('camDate');"
                        + " return [date('2026-12-01T08:40:00Z', 'normal'), date('2026-12-01T08:40:00Z', 'long')];"))
                ? Boolean.TRUE : null);
        browser.screenshot("02-feladatlista");
        // the result and contract tables need the room (the agent's guide suggests it too)
        tasklist.collapseFilters();

        tasklist.openStartDialog();
        browser.screenshot("03-folyamat-inditasa");
        CamundaForm search = tasklist.chooseProcess(PROCESS_NAME, "Field_SearchName");
        search.type("Field_SearchName", "dorottya katalin").showField("Field_SearchName");
        browser.screenshot("04-ugyfel-kereses");
        tasklist.clickStart();
        tasklist.waitForStartDialogClosed();
        String processInstanceId = caseStartedWith(Variable.SEARCH_NAME, "dorottya katalin");

        Task identification = taskOf(processInstanceId);
        assertThat(identification.getTaskDefinitionKey()).isEqualTo(Element.IDENTIFY_CUSTOMER);
        tasklist.dismissNotifications();
        CamundaForm form = tasklist.openTask(identification.getId(), "Field_CustomerId");
        assertThat(browser.visible(By.cssSelector(Tasklist.TASK_VIEW)).getText()).contains("Követési dátum beállítása",
                "Határidő beállítása", "Űrlap", "Előzmények", "Diagram", "Leírás", "Mentés", "Befejezés");
        assertThat(browser.pageText()).contains("Megjegyzés hozzáadása", "Létrehozva");
        assertThat(form.text()).contains("Találatok száma: 1", "Dorottya Katalin", "123456789", "1970.01.01",
                "Magdolna István");
        assertThat(form.tablesWiderThanTheForm()).as("results table wider than the form").isZero();
        browser.screenshot("05-talalati-lista");
        form.select("Field_CustomerId", "Dorottya Katalin – 1970.01.01 – 123456789")
                .select("Field_IdentityDocumentType", "Személyazonosító igazolvány")
                .type("Field_IdentityDocumentNumber", "123456AB")
                .check("Field_IdentityVerified")
                .choose("Field_IdentifyDecision", "Azonosítva – ÜP élet ügyfélbiztonsági kód generálás");
        tasklist.showCompleteButton();
        browser.screenshot("06-azonositas");
        tasklist.complete(identification.getId());

        Task review = taskOf(processInstanceId);
        assertThat(review.getTaskDefinitionKey()).isEqualTo(Element.REVIEW_PARTNER_DATA);
        form = tasklist.openTask(review.getId(), "Field_ReviewDecision");
        assertThat(form.text()).contains("Partner neve: Dorottya Katalin", "Partner anyja neve: Magdolna István",
                "Partner születési dátuma: 1970.01.01", "Ügyfélkártyaszám: 123456789",
                "Meglévő Ügyfélportál jogosultság kibővítése", DOROTTYA_MOBILE_DISPLAYED, "AHEV00012345");
        browser.screenshot("07-partneradatok");
        form.choose("Field_ReviewDecision", "Ügyfélmódosítás");
        tasklist.complete(review.getId());

        Task correction = taskOf(processInstanceId);
        assertThat(correction.getTaskDefinitionKey()).isEqualTo(Element.CORRECT_CUSTOMER_DATA);
        form = tasklist.openTask(correction.getId(), "Field_NewMobileNumber");
        assertThat(form.text()).contains("Jelenlegi mobilszám: " + DOROTTYA_MOBILE_DISPLAYED);
        form.type("Field_NewMobileNumber", "06 1 234 5678").choose("Field_CorrectionDecision", "Mentés");
        browser.screenshot("08-ugyfelmodositas");
        tasklist.complete(correction.getId());

        Task correctionAgain = taskOf(processInstanceId);
        assertThat(correctionAgain.getTaskDefinitionKey()).isEqualTo(Element.CORRECT_CUSTOMER_DATA);
        form = tasklist.openTask(correctionAgain.getId(), "Field_NewMobileNumber");
        assertThat(form.text()).contains("A mobilszám nem menthető", "vezetékes");
        browser.screenshot("09-ugyfelmodositas-elutasitva");
        form.type("Field_NewMobileNumber", "06 20 555 1234").choose("Field_CorrectionDecision", "Mentés");
        tasklist.complete(correctionAgain.getId());

        Task reviewAgain = taskOf(processInstanceId);
        assertThat(reviewAgain.getTaskDefinitionKey()).isEqualTo(Element.REVIEW_PARTNER_DATA);
        form = tasklist.openTask(reviewAgain.getId(), "Field_ReviewDecision");
        assertThat(form.text()).contains("+36 20 555 1234").doesNotContain(DOROTTYA_MOBILE_DISPLAYED);
        form.show("+36 20 555 1234");
        browser.screenshot("10-partneradatok-uj-mobilszam");
        assertThat(form.tablesWiderThanTheForm()).as("contract table wider than the form").isZero();
        form.choose("Field_ReviewDecision", "Tovább: igénylő nyomtatvány letöltése");
        tasklist.complete(reviewAgain.getId());

        Task signature = taskOf(processInstanceId);
        assertThat(signature.getTaskDefinitionKey()).isEqualTo(Element.COLLECT_SIGNATURE);
        form = tasklist.openTask(signature.getId(), "Field_SignatureConfirmed");
        assertThat(form.text()).contains("Dorottya Katalin", "123456789");
        browser.screenshot("11-alairatas");
        assertTheRequestFormDownloads(form.link("Igénylő nyomtatvány letöltése"));
        form.check("Field_SignatureConfirmed").choose("Field_SignatureDecision", "Aláírva – Kód küldése");
        browser.screenshot("12-alairva-kod-kuldese");
        tasklist.complete(signature.getId());

        // The job executor is off in the tests: run the code-sending job (Task_SendSecurityCode is asyncBefore)
        // as it would, right after the agent's click.
        Job sending = managementService.createJobQuery().processInstanceId(processInstanceId).singleResult();
        assertThat(sending).as("the code-sending job").isNotNull();
        managementService.executeJob(sending.getId());
        assertThat(runtimeService.getVariable(processInstanceId, Variable.CODE_SENT_TO)).isEqualTo("+36 ***** 1234");
        return processInstanceId;
    }

    /** The link's target, fetched inside the browser with the agent's session, as a click would download it. */
    private void assertTheRequestFormDownloads(WebElement link) throws Exception {
        String href = link.getAttribute("href");
        @SuppressWarnings("unchecked")
        Map<String, Object> download = (Map<String, Object>) browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'})
                  .then(response => response.arrayBuffer().then(body => {
                    const bytes = new Uint8Array(body);
                    let binary = '';
                    for (let i = 0; i < bytes.length; i += 0x8000) {
                      binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
                    }
                    done({status: response.status, type: response.headers.get('Content-Type'),
                          disposition: response.headers.get('Content-Disposition'), base64: btoa(binary)});
                  }))
                  .catch(error => done({status: -1, type: String(error), disposition: '', base64: ''}));
                """, href);
        assertThat(((Number) download.get("status")).intValue()).as("GET " + href).isEqualTo(200);
        assertThat((String) download.get("type")).startsWith("application/pdf");
        // a click saves the file rather than leaving Tasklist
        assertThat((String) download.get("disposition")).startsWith("attachment")
                .contains("igenylo-nyomtatvany-123456789.pdf");
        byte[] pdf = Base64.getDecoder().decode((String) download.get("base64"));
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Dorottya Katalin", "+36 20 555 1234");
        }
    }

    /** What the customer reads on her phone: the development SMS outbox, newest first, as an administrator. */
    private String codeFromTheSms() throws Exception {
        HttpResponse<String> outbox = http().get("/api/dev/sms-outbox", "admin");
        assertThat(outbox.statusCode()).isEqualTo(200);
        for (JsonNode message : new ObjectMapper().readTree(outbox.body())) {
            if (NEW_MOBILE.equals(message.path("to").asText())) {
                return SmsInbox.codeIn(message.path("text").asText());
            }
        }
        throw new AssertionError("no SMS to " + NEW_MOBILE + " in " + outbox.body());
    }

    private void auditorSeesTheCaseWaitingForTheCode(String processInstanceId, String code) {
        browser.deleteCookies();
        Tasklist.login(browser, "cockpit", "auditor", "auditor", null);
        browser.waitForText(By.cssSelector("[cam-widget-header]"), "Kódigénylések (audit)");
        assertThat(browser.driver().findElement(By.cssSelector("[cam-widget-header]")).getText())
                .contains("Folyamatok", "Döntések", "Felhasználói feladatok", "Kódigénylések (audit)", "Továbbiak",
                        "Auditor Demo");
        browser.waitForText(By.cssSelector("body"), "Futó folyamatpéldányok");
        HungarianPage.check(browser, "cockpit", "Cockpit's dashboard");
        browser.click(By.xpath("//a[normalize-space()='Folyamatok']"));
        browser.click(By.xpath("//a[normalize-space()=" + CamundaForm.xpathLiteral(PROCESS_NAME) + "]"));
        browser.visible(By.cssSelector("a[href*='process-instance/" + processInstanceId + "']"));
        assertThat(browser.pageText()).contains("Folyamatpéldányok", "Incidensek", "Definíció verziója");
        HungarianPage.check(browser, "cockpit", "the process in Cockpit");
        browser.screenshot("13-cockpit-folyamat");
        browser.click(By.cssSelector("a[href*='process-instance/" + processInstanceId + "']"));
        browser.click(By.xpath("//a[normalize-space()='Változók']"));
        browser.waitForText(By.tagName("body"), "codeSentTo");
        String page = browser.pageText();
        assertThat(page).contains("codeSentTo", "+36 ***** 1234", "codeExpiresAt", "Dorottya Katalin")
                // the auditor never sees the code itself
                .doesNotContain(code);
        assertThat(page).contains("Változók", "Név", "Típus", "Érték", "Hatókör");
        HungarianPage.check(browser, "cockpit", "the case in Cockpit");
        assertThat(runtimeService.getActiveActivityIds(processInstanceId)).containsExactly(Element.AWAIT_REDEMPTION);
        browser.screenshot("14-cockpit-eset");
    }

    private void customerRedeemsTheCode(String code) {
        browser.deleteCookies();
        browser.open("/portal/");
        browser.visible(By.id("card")).sendKeys(CARD);
        WebElement birthDate = browser.visible(By.id("birth"));
        // the browser's date field has the en-US layout here (see Browser): month, day, year
        birthDate.sendKeys("01011970");
        assertThat(birthDate.getDomProperty("value")).isEqualTo("1970-01-01");
        browser.visible(By.id("code")).sendKeys(code);
        browser.screenshot("15-portal");
        browser.click(By.cssSelector("#redeem button[type=submit]"));
        browser.waitForText(By.cssSelector("#result.ok"), "Sikeres bővítés");
        browser.screenshot("16-portal-sikeres-bovites");
    }

    private long lifeScopes() {
        return jdbc.sql("""
                SELECT COUNT(*) FROM portal_account_scope s JOIN portal_account a ON a.id = s.portal_account_id
                JOIN customer c ON c.id = a.customer_id WHERE c.customer_card_number = ? AND s.scope = 'LIFE'""")
                .param(CARD).query(Long.class).single();
    }

    /** Dorottya as the demo data has her: her first mobile number, a portal account for non-life products only. */
    private void restoreDorottya() {
        jdbc.sql("UPDATE customer SET mobile_number = ? WHERE customer_card_number = ?")
                .param(DOROTTYA_MOBILE).param(CARD).update();
        jdbc.sql("""
                DELETE FROM portal_account_scope WHERE scope = 'LIFE' AND portal_account_id IN
                (SELECT a.id FROM portal_account a JOIN customer c ON c.id = a.customer_id
                 WHERE c.customer_card_number = ?)""").param(CARD).update();
    }
}
