package hu.insurer.lifeaccess.support;

import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.CUSTOMER_ID;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.IDENTIFY_DECISION;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.IDENTITY_DOCUMENT_NUMBER;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.IDENTITY_DOCUMENT_TYPE;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.IDENTITY_VERIFIED;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.REVIEW_DECISION;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.SEARCH_COUNTRY;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.SEARCH_CUSTOMER_CARD_NUMBER;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.SEARCH_CUSTOMER_TYPE;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.SECURITY_CODE_ID;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.SIGNATURE_CONFIRMED;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.SIGNATURE_DECISION;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Clock;
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
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import hu.insurer.lifeaccess.customer.Contract;
import hu.insurer.lifeaccess.customer.ContractStatus;
import hu.insurer.lifeaccess.customer.Customer;
import hu.insurer.lifeaccess.customer.CustomerRepository;
import hu.insurer.lifeaccess.customer.CustomerType;
import hu.insurer.lifeaccess.customer.ProductGroup;
import hu.insurer.lifeaccess.portalaccess.PortalAccountRepository;
import hu.insurer.lifeaccess.portalaccess.PortalScope;
import hu.insurer.lifeaccess.process.ProcessConstants;
import hu.insurer.lifeaccess.security.CamundaGroups;

/**
 * Drives cases as an agent in Tasklist would: authenticated in the agents group, one form submission at a time;
 * runs the jobs the job executor would, and reads the code the customer got by SMS.
 */
public class CaseDriver {

    /** The identity document the agent records; the history keeps it masked, {@code ******6AB}. */
    public static final String DOCUMENT_NUMBER = "123456AB";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong NEXT_CARD_NUMBER = new AtomicLong(System.currentTimeMillis() % 100_000_000L);

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final IdentityService identityService;
    private final HistoryService historyService;
    private final CustomerRepository customers;
    private final PortalAccountRepository portalAccounts;
    private final JdbcClient jdbc;

    public CaseDriver(ProcessEngine engine, CustomerRepository customers, JdbcClient jdbc) {
        this.runtimeService = engine.getRuntimeService();
        this.taskService = engine.getTaskService();
        this.managementService = engine.getManagementService();
        this.identityService = engine.getIdentityService();
        this.historyService = engine.getHistoryService();
        this.customers = customers;
        this.portalAccounts = new PortalAccountRepository(jdbc, Clock.systemUTC());
        this.jdbc = jdbc;
    }

    /** The agent submits the open task's form. */
    public void submit(ProcessInstance instance, Object... keysAndValues) {
        Map<String, Object> submission = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            submission.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        String taskId = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
        asAgent(() -> taskService.complete(taskId, submission));
    }

    public void asAgent(Runnable action) {
        as("agent", CamundaGroups.AGENTS, action);
    }

    public void as(String userId, String groupId, Runnable action) {
        identityService.setAuthentication(userId, List.of(groupId));
        try {
            action.run();
        } finally {
            identityService.clearAuthentication();
        }
    }

    public ProcessInstance startSearch(String criterion, String value) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(SEARCH_CUSTOMER_TYPE, "PERSON");
        variables.put(SEARCH_COUNTRY, "HU");
        variables.put(criterion, value);
        ProcessInstance[] started = new ProcessInstance[1];
        asAgent(() -> started[0] = runtimeService.startProcessInstanceByKey(ProcessConstants.PROCESS_KEY, variables));
        return started[0];
    }

    public void identify(ProcessInstance instance, String cardNumber) {
        long customerId = customers.findIdByCardNumber(cardNumber).orElseThrow();
        submit(instance,
                CUSTOMER_ID, String.valueOf(customerId),
                IDENTITY_DOCUMENT_TYPE, "ID_CARD",
                IDENTITY_DOCUMENT_NUMBER, DOCUMENT_NUMBER,
                IDENTITY_VERIFIED, true,
                IDENTIFY_DECISION, "IDENTIFIED");
    }

    /** Search, identification, review and signature: the case then waits for the code-sending job. */
    public ProcessInstance signedRequestFor(String cardNumber) {
        ProcessInstance instance = startSearch(SEARCH_CUSTOMER_CARD_NUMBER, cardNumber);
        identify(instance, cardNumber);
        submit(instance, REVIEW_DECISION, "CONTINUE");
        submit(instance, SIGNATURE_CONFIRMED, true, SIGNATURE_DECISION, "SIGNED");
        return instance;
    }

    /** Runs the case's one due job (the code sending), as the job executor would. */
    public void runJob(ProcessInstance instance) {
        Job job = managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
        managementService.executeJob(job.getId());
    }

    /** The code's validity ends: its timer fires. */
    public void expireCode(ProcessInstance instance) {
        Job timer = managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
        managementService.executeJob(timer.getId());
    }

    /** The code as the customer read it in the SMS (development outbox), e.g. {@code 7KQ4-M9XW-2P}. */
    public String codeOf(ProcessInstance instance) {
        long codeId = ((Number) historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(SECURITY_CODE_ID).singleResult().getValue()).longValue();
        return SmsInbox.codeFor(jdbc, codeId);
    }

    /** The customer types a code on the portal (the portal's redemption API, as its technical user). */
    public static HttpResponse<String> redeem(CamundaHttp http, String cardNumber, String birthDate, String code) {
        try {
            return http.postJson("/api/portal/security-code-redemptions", "portal", JSON.writeValueAsString(Map.of(
                    "customerCardNumber", cardNumber, "birthDate", birthDate, "code", code)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A well-formed code that is not this one. */
    public static String wrongCodeFor(String code) {
        return code.startsWith("2") ? "3" + code.substring(1) : "2" + code.substring(1);
    }

    /**
     * A fresh person with an active life contract and a mobile number, so that a test may redeem codes without
     * changing the demo customers; with {@code portalAccount} they already use the portal for non-life products.
     */
    public String newEligibleCustomer(boolean portalAccount) {
        return newEligibleCustomer(portalAccount, "Ügyfél");
    }

    /** As {@link #newEligibleCustomer(boolean)}, with this given name (followed by the card number). */
    public String newEligibleCustomer(boolean portalAccount, String givenName) {
        String card = String.valueOf(300_000_000L + NEXT_CARD_NUMBER.incrementAndGet() % 100_000_000L);
        long id = customers.insert(new Customer(null, CustomerType.PERSON, "Teszt", givenName + " " + card, null,
                "Teszt Ügyfél", "Próba Ilona", LocalDate.of(1975, 5, 5), "Budapest", null, "ID_CARD", "T" + card,
                new Customer.Address("HU", "1111", "Budapest", "Próba utca", "1."), card, "+36301112222", true));
        customers.insertContract(new Contract(null, "AHEV" + card, "ULA", "Életprogram", ProductGroup.LIFE_PROGRAM, id,
                ContractStatus.ACTIVE, LocalDate.of(2020, 1, 1), null, null, true, false));
        if (portalAccount) {
            portalAccounts.open(id, List.of(PortalScope.NON_LIFE));
        }
        return card;
    }
}
