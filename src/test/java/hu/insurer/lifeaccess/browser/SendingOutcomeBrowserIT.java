package hu.insurer.lifeaccess.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import hu.insurer.lifeaccess.customer.CustomerRepository;
import hu.insurer.lifeaccess.process.ProcessConstants.Element;
import hu.insurer.lifeaccess.process.ProcessConstants.Variable;
import hu.insurer.lifeaccess.process.SendNoticeConstants;
import hu.insurer.lifeaccess.sms.DeliveryReportSignature;
import hu.insurer.lifeaccess.support.CaseDriver;
import hu.insurer.lifeaccess.support.DeliveryReports;

/**
 * What the agent reads in Tasklist after the code's SMS left: the notice that the provider accepted it, and, when
 * the provider reports that it could not be delivered, the task that sends a new code to the same number. The forms
 * show one of their texts by the case's variables (Camunda Forms conditions, which only a browser evaluates). The
 * cases are driven up to the sending without the browser: the agent's screens before it are tested elsewhere.
 */
class SendingOutcomeBrowserIT extends BrowserTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    CustomerRepository customers;
    @Autowired
    DeliveryReportSignature signature;

    private CaseDriver cases;

    @BeforeEach
    void caseDriver() {
        cases = new CaseDriver(engine, customers, jdbc);
    }

    @Test
    void theAgentReadsThatTheProviderAcceptedTheSmsAndAcknowledgesTheNotice() {
        ProcessInstance instance = sentCase();
        try {
            String caseNumber = variable(instance, Variable.CASE_NUMBER);
            Task notice = noticeOf(caseNumber);

            tasklist.login("agent", null);
            tasklist.waitForTaskList(AGENTS_FILTER);
            tasklist.collapseFilters();
            CamundaForm form = tasklist.openTask(notice.getId(), "Field_SendOutcomeAcknowledged");
            theListWritesInHungarianWhenTheTaskWasCreated();
            assertThat(browser.pageText()).as("Camunda's notice to operators").doesNotContain("Camunda 8");
            String code = cases.codeOf(instance);
            assertThat(form.text()).contains("Az SMS-t a szolgáltató átvette – " + caseNumber,
                            "Mobilszám: " + variable(instance, Variable.CODE_SENT_TO), "A kód érvényes:")
                    .containsPattern("\\d{4}\\.\\d{2}\\.\\d{2}\\. \\d{2}:\\d{2}-ig")
                    .doesNotContain("A kód nem küldhető").doesNotContain(code).doesNotContain(code.replace("-", ""));
            form.check("Field_SendOutcomeAcknowledged");
            browser.screenshot("23-kodkuldes-visszajelzese");
            tasklist.complete(notice.getId());

            assertThat(historyService.createHistoricActivityInstanceQuery()
                    .processInstanceId(notice.getProcessInstanceId())
                    .activityId(SendNoticeConstants.Element.END_ACKNOWLEDGED).count()).isEqualTo(1);
        } finally {
            runtimeService.deleteProcessInstance(instance.getId(), "browser test done");
        }
    }

    @Test
    void anUndeliveredSmsAsksTheAgentWhoSendsANewCodeToTheSameNumber() {
        ProcessInstance instance = sentCase();
        try {
            String caseNumber = variable(instance, Variable.CASE_NUMBER);
            String sentTo = variable(instance, Variable.CODE_SENT_TO);
            String firstCode = cases.codeOf(instance);
            reportFailed(instance);
            Task resend = taskOf(instance.getId());
            assertThat(resend.getTaskDefinitionKey()).isEqualTo(Element.RESEND_SECURITY_CODE);

            tasklist.login("agent", null);
            tasklist.waitForTaskList(AGENTS_FILTER);
            tasklist.collapseFilters();
            CamundaForm form = tasklist.openTask(resend.getId(), "Field_ResendDecision");
            theListWritesInHungarianWhenTheTaskWasCreated();
            assertThat(form.text()).contains("Az SMS nem jutott el az ügyfélhez – " + caseNumber, "Partner neve: Teszt",
                            "nem kézbesíthető a(z) " + sentTo + " számra", "ugyanarra, az aláírt nyomtatványon")
                    .doesNotContain("kézbesítési ideje lejárt").doesNotContain(firstCode);
            form.choose("Field_ResendDecision", "Új kód küldése ugyanarra a számra");
            browser.screenshot("24-uj-kod-kuldese");
            tasklist.complete(resend.getId());

            cases.runJob(instance);
            assertThat(variable(instance, Variable.CODE_SENT_TO)).isEqualTo(sentTo);
            assertThat(jdbc.sql("SELECT status FROM security_code WHERE process_instance_id = ? ORDER BY id")
                    .param(instance.getId()).query(String.class).list()).containsExactly("SUPERSEDED", "ACTIVE");
            assertThat(cases.codeOf(instance)).isNotEqualTo(firstCode);
            assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
        } finally {
            runtimeService.deleteProcessInstance(instance.getId(), "browser test done");
        }
    }

    /**
     * Also when the English fallback's locale file arrives after the Hungarian one: the webapps hand moment each
     * file's date names as it arrives, and moment takes the last as its own, which left "a few seconds ago" on a
     * Hungarian page until a reload. Here the late arrival is replayed as the webapps' loader does it.
     */
    private void theListWritesInHungarianWhenTheTaskWasCreated() {
        String created = "const item = document.querySelector('ol.tasks-list li.active .creation-date');"
                + " return item ? item.innerText : '';";
        String hungarian = "Létrehozva .*(másodperc|perc) ezelőtt";
        browser.until("the task's creation in Hungarian", driver ->
                String.valueOf(browser.script(created)).trim().matches(hungarian) ? Boolean.TRUE : null);
        Object locale = browser.script("""
                const injector = window.angular.element(document.body).injector();
                const moment = injector.get('moment');
                const root = injector.get('$rootScope');
                moment.updateLocale('en', {});
                root.$apply(() => root.$emit('$translateLoadingEnd', {language: 'en'}));
                return moment.locale();""");
        assertThat(locale).as("moment's locale after a late English file").isEqualTo("hu");
        assertThat(String.valueOf(browser.script(created)).trim()).matches(hungarian);
    }

    /** A case whose code the sending job has handed to the SMS provider. */
    private ProcessInstance sentCase() {
        ProcessInstance instance = cases.signedRequestFor(cases.newEligibleCustomer(true));
        cases.runJob(instance);
        assertThat(variable(instance, Variable.CODE_SENT_TO)).as("the code's masked number").contains("*");
        return instance;
    }

    /** The provider's signed report that the code's SMS could not be delivered. */
    private void reportFailed(ProcessInstance instance) {
        String key = jdbc.sql("SELECT message_key FROM security_code WHERE process_instance_id = ? AND status = 'ACTIVE'")
                .param(instance.getId()).query(String.class).single();
        HttpResponse<String> reported = DeliveryReports.signed(http(), signature, key, "FAILED", OffsetDateTime.now());
        assertThat(reported.statusCode()).as(reported.body()).isEqualTo(204);
    }

    private Task noticeOf(String caseNumber) {
        Task notice = taskService.createTaskQuery().processDefinitionKey(SendNoticeConstants.PROCESS_KEY)
                .processInstanceBusinessKey(caseNumber).singleResult();
        assertThat(notice).as("the agent's notice of case " + caseNumber).isNotNull();
        return notice;
    }

    private String variable(ProcessInstance instance, String name) {
        return String.valueOf(runtimeService.getVariable(instance.getId(), name));
    }
}
