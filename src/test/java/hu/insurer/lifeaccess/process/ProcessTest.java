package hu.insurer.lifeaccess.process;

import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.CUSTOMER_ID;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.IDENTIFY_DECISION;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.IDENTITY_DOCUMENT_NUMBER;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.IDENTITY_DOCUMENT_TYPE;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.IDENTITY_VERIFIED;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.REVIEW_DECISION;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.SEARCH_COUNTRY;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.SEARCH_CUSTOMER_CARD_NUMBER;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.SEARCH_CUSTOMER_TYPE;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.SIGNATURE_CONFIRMED;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.SIGNATURE_DECISION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import hu.insurer.lifeaccess.casefile.CaseFile;
import hu.insurer.lifeaccess.casefile.CaseFiles;
import hu.insurer.lifeaccess.customer.Contract;
import hu.insurer.lifeaccess.customer.Customer;
import hu.insurer.lifeaccess.customer.CustomerRepository;
import hu.insurer.lifeaccess.security.CamundaGroups;
import hu.insurer.lifeaccess.support.IntegrationTest;

/** Drives cases as an agent in Tasklist would: authenticated in the agents group, one form submission at a time. */
abstract class ProcessTest extends IntegrationTest {

    private static final AtomicLong NEXT_CARD_NUMBER = new AtomicLong(System.currentTimeMillis() % 100_000_000L);

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
        Map<String, Object> submission = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            submission.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        String taskId = task(instance).getId();
        asAgent(() -> taskService.complete(taskId, submission));
    }

    void asAgent(Runnable action) {
        as("agent", CamundaGroups.AGENTS, action);
    }

    void as(String userId, String groupId, Runnable action) {
        identityService.setAuthentication(userId, List.of(groupId));
        try {
            action.run();
        } finally {
            identityService.clearAuthentication();
        }
    }

    void assertRefused(String taskId, Map<String, Object> submission, String message) {
        assertThatThrownBy(() -> asAgent(() -> taskService.complete(taskId, submission)))
                .isInstanceOf(FormSubmissionException.class).hasMessageContaining(message);
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    }

    ProcessInstance startSearch(String criterion, String value) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(SEARCH_CUSTOMER_TYPE, "PERSON");
        variables.put(SEARCH_COUNTRY, "HU");
        variables.put(criterion, value);
        ProcessInstance[] started = new ProcessInstance[1];
        asAgent(() -> started[0] = runtimeService.startProcessInstanceByKey(ProcessConstants.PROCESS_KEY, variables));
        return started[0];
    }

    void identify(ProcessInstance instance, String cardNumber) {
        long customerId = customers.findIdByCardNumber(cardNumber).orElseThrow();
        submit(instance,
                CUSTOMER_ID, String.valueOf(customerId),
                IDENTITY_DOCUMENT_TYPE, "ID_CARD",
                IDENTITY_DOCUMENT_NUMBER, "123456AB",
                IDENTITY_VERIFIED, true,
                IDENTIFY_DECISION, "IDENTIFIED");
    }

    /** Search, identification, review and signature: the case then waits for the code-sending job. */
    ProcessInstance signedRequestFor(String cardNumber) {
        ProcessInstance instance = startSearch(SEARCH_CUSTOMER_CARD_NUMBER, cardNumber);
        identify(instance, cardNumber);
        submit(instance, REVIEW_DECISION, "CONTINUE");
        submit(instance, SIGNATURE_CONFIRMED, true, SIGNATURE_DECISION, "SIGNED");
        return instance;
    }

    /** Runs the case's one due job (the code sending), as the job executor would. */
    void runJob(ProcessInstance instance) {
        Job job = managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
        managementService.executeJob(job.getId());
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
        String card = String.valueOf(300_000_000L + NEXT_CARD_NUMBER.incrementAndGet() % 100_000_000L);
        long id = customers.insert(new Customer(null, "PERSON", "Teszt", "Ügyfél " + card, null, "Teszt Ügyfél",
                "Próba Ilona", LocalDate.of(1975, 5, 5), "Budapest", null, "ID_CARD", "T" + card,
                new Customer.Address("HU", "1111", "Budapest", "Próba utca", "1."), card, "+36301112222", true));
        customers.insertContract(new Contract(null, "AHEV" + card, "ULA", "Életprogram", "LIFE_PROGRAM", id,
                "ACTIVE", LocalDate.of(2020, 1, 1), null, null, true, false));
        if (portalAccount) {
            customers.openPortalAccount(id, List.of("NON_LIFE"));
        }
        return card;
    }
}
