package hu.insurer.lifeaccess.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import hu.insurer.lifeaccess.casefile.CaseFile;
import hu.insurer.lifeaccess.casefile.CaseFiles;
import hu.insurer.lifeaccess.customer.CustomerRepository;
import hu.insurer.lifeaccess.support.CaseDriver;
import hu.insurer.lifeaccess.support.IntegrationTest;

/** Drives cases as an agent in Tasklist would: authenticated in the agents group, one form submission at a time. */
abstract class ProcessTest extends IntegrationTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    IdentityService identityService;
    @Autowired
    CustomerRepository customers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CaseFiles caseFiles;

    @BeforeEach
    void initAssertions() {
        init(engine);
    }

    /** The agent submits the open task's form. */
    void submit(ProcessInstance instance, Object... keysAndValues) {
        cases().submit(instance, keysAndValues);
    }

    void asAgent(Runnable action) {
        cases().asAgent(action);
    }

    void as(String userId, String groupId, Runnable action) {
        cases().as(userId, groupId, action);
    }

    void assertRefused(String taskId, Map<String, Object> submission, String message) {
        assertThatThrownBy(() -> asAgent(() -> taskService.complete(taskId, submission)))
                .isInstanceOf(FormSubmissionException.class).hasMessageContaining(message);
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    }

    ProcessInstance startSearch(String criterion, String value) {
        return cases().startSearch(criterion, value);
    }

    void identify(ProcessInstance instance, String cardNumber) {
        cases().identify(instance, cardNumber);
    }

    /** Search, identification, review and signature: the case then waits for the code-sending job. */
    ProcessInstance signedRequestFor(String cardNumber) {
        return cases().signedRequestFor(cardNumber);
    }

    /** Runs the case's one due job (the code sending), as the job executor would. */
    void runJob(ProcessInstance instance) {
        cases().runJob(instance);
    }

    /** The request form printed last in the case, as the case record keeps it. */
    byte[] requestFormPdf(ProcessInstance instance) {
        CaseFile file = caseFiles.find(instance.getId()).orElseThrow();
        return caseFiles.requestFormPdf(file.requestFormId()).orElseThrow();
    }

    String variable(ProcessInstance instance, String name) {
        return String.valueOf(runtimeService.getVariable(instance.getId(), name));
    }

    /**
     * A fresh person with an active life contract and a mobile number, so that a test may redeem codes without
     * changing the demo customers; with {@code portalAccount} they already use the portal for non-life products.
     */
    String newEligibleCustomer(boolean portalAccount) {
        return cases().newEligibleCustomer(portalAccount);
    }

    /** The customer's mobile number as stored now; {@code null} when they have none. */
    String mobileNumberOf(String cardNumber) {
        return jdbc.sql("SELECT mobile_number FROM customer WHERE customer_card_number = ?").param(cardNumber)
                .query(String.class).optional().orElse(null);
    }

    /** The case-driving helpers, shared with the browser tests. */
    CaseDriver cases() {
        return new CaseDriver(engine, customers, jdbc);
    }
}
