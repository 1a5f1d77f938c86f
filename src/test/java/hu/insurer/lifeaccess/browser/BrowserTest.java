package hu.insurer.lifeaccess.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import hu.insurer.lifeaccess.process.ProcessConstants;
import hu.insurer.lifeaccess.support.IntegrationTest;

/**
 * Base of the browser tests: the shared test application (no context of their own: Camunda keeps static
 * registries), and a fresh headless Chromium for each test. Skipped where no browser is installed, unless
 * IT_REQUIRE_BROWSER=true. A failing test leaves the page's HTML and a screenshot in target/browser-failures/.
 */
@ExtendWith({BrowserAvailableCondition.class, BrowserTest.DumpOnFailure.class})
abstract class BrowserTest extends IntegrationTest {

    static final String PROCESS_NAME = "ÜP élet ügyfélbiztonsági kód generálás";
    static final String AGENTS_FILTER = "Saját ügyeim feladatai";

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcClient jdbc;

    Browser browser;
    Tasklist tasklist;
    /** A little before the test began: cases started since are this test's. */
    Instant testStart;

    @BeforeEach
    void startBrowser() {
        // the other tests' sent cases leave the agent a notice each in the shared application: a crowded list
        // that the agent's screens would not have
        runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(hu.insurer.lifeaccess.process.SendNoticeConstants.PROCESS_KEY).list()
                .forEach(notice -> runtimeService.deleteProcessInstance(notice.getId(), "another test's notice"));
        testStart = Instant.now().minusSeconds(1);
        browser = Browser.start("http://localhost:" + port);
        tasklist = new Tasklist(browser);
    }

    /** The case the agent started in the browser during this test, found by a search criterion they typed. */
    String caseStartedWith(String variable, Object value) {
        List<HistoricProcessInstance> started = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ProcessConstants.PROCESS_KEY)
                .startedAfter(Date.from(testStart))
                .variableValueEquals(variable, value)
                .list();
        assertThat(started).as("cases started with " + variable + " = " + value).hasSize(1);
        return started.get(0).getId();
    }

    long casesStartedSinceTestStart() {
        return historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ProcessConstants.PROCESS_KEY).startedAfter(Date.from(testStart)).count();
    }

    /** The case's open user task (the engine is synchronous up to the next user task or job). */
    Task taskOf(String processInstanceId) {
        Task task = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
        assertThat(task).as("open task of case " + processInstanceId).isNotNull();
        return task;
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    static class DumpOnFailure implements TestExecutionExceptionHandler {

        @Override
        public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
            if (context.getRequiredTestInstance() instanceof BrowserTest test && test.browser != null) {
                try {
                    test.browser.dump(context.getRequiredTestClass().getSimpleName() + "-"
                            + context.getRequiredTestMethod().getName());
                } catch (RuntimeException e) {
                    failure.addSuppressed(e);
                }
            }
            throw failure;
        }
    }
}
