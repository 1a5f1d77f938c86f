package hu.insurer.lifeaccess.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import hu.insurer.lifeaccess.process.ProcessConstants;
import hu.insurer.lifeaccess.support.SmsInbox;
import hu.insurer.lifeaccess.support.StandardCaseForms;

/**
 * Drives one case through the load balancer with the calls Tasklist makes, as {@code agent} over engine-rest:
 * the start form (a customer search by card number, with a business key as Tasklist's start dialog allows), then
 * the submit-form of each open task; after the signature the code-sending job runs on some node, and the portal
 * redeems the code from the SMS. Each step first looks at where the case is (the database, the agent's task
 * list), so that a request lost with a killed node is simply looked at again and repeated only when it did not
 * happen — as an agent reloading Tasklist would.
 */
final class CaseDriver {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ENGINE = "/engine-rest";
    private static final String START = ENGINE + "/process-definition/key/" + ProcessConstants.PROCESS_KEY
            + "/submit-form";

    private final HttpClient http;
    private final String baseUrl;
    private final JdbcClient db;
    final AtomicInteger failedRequests = new AtomicInteger();

    // A case is known by a label of the test's choosing; the application gives the business key (the case number), so
    // the label finds its case through the customer each case searches for.
    private final Map<String, String> cardsByLabel = new ConcurrentHashMap<>();

    CaseDriver(HttpClient http, String baseUrl, JdbcClient db) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.db = db;
    }

    record Customer(long id, String cardNumber, String birthDate) {
    }

    /** Drives the case to its end and returns the end event it reached. */
    String untilEnd(String businessKey, Customer customer, Duration timeout) throws InterruptedException {
        return drive(businessKey, customer, timeout, Goal.END);
    }

    /** Drives the case until its code is ACTIVE (the SMS went out) and returns the code's id. */
    long untilCodeActive(String businessKey, Customer customer, Duration timeout) throws InterruptedException {
        drive(businessKey, customer, timeout, Goal.CODE_ACTIVE);
        return activeCode(instance(businessKey).orElseThrow().id()).orElseThrow();
    }

    /**
     * Drives the case through the signature and returns once its code is being sent: the sending job is there
     * (waiting, or locked by a node), or the case has a code.
     */
    void untilSending(String businessKey, Customer customer, Duration timeout) throws InterruptedException {
        drive(businessKey, customer, timeout, Goal.SENDING);
    }

    private enum Goal { SENDING, CODE_ACTIVE, END }

    private String drive(String businessKey, Customer customer, Duration timeout, Goal goal)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            remember(businessKey, customer);
            Optional<Instance> instance = instance(businessKey);
            if (instance.isEmpty()) {
                post(START, StandardCaseForms.start(customer.cardNumber()), "agent");
                continue;
            }
            if (instance.get().endActivityId() != null) {
                return instance.get().endActivityId();
            }
            if (goal == Goal.SENDING && sending(instance.get().id())) {
                return null;
            }
            Optional<JsonNode> task = openTask(instance.get().id());
            if (task.isPresent()) {
                submit(task.get(), customer);
                continue;
            }
            Optional<Long> code = activeCode(instance.get().id());
            if (code.isPresent()) {
                if (goal != Goal.END) {
                    return null;
                }
                redeem(customer, SmsInbox.codeFor(db, code.get()));
                continue;
            }
            Thread.sleep(150);
        }
        throw new AssertionError("case " + businessKey + " did not finish within " + timeout);
    }

    private void submit(JsonNode task, Customer customer) {
        String form = StandardCaseForms.task(task.get("taskDefinitionKey").asText(), customer.id())
                .orElseThrow(() -> new AssertionError("unexpected task " + task));
        post(ENGINE + "/task/" + task.get("id").asText() + "/submit-form", form, "agent");
    }

    /** The portal's redemption; returns the HTTP status (0 when the request was lost). */
    int redeem(Customer customer, String code) {
        return post(baseUrl, "/api/portal/security-code-redemptions", """
                {"customerCardNumber": "%s", "birthDate": "%s", "code": "%s"}"""
                .formatted(customer.cardNumber(), customer.birthDate(), code), "portal");
    }

    private Optional<JsonNode> openTask(String processInstanceId) {
        try {
            HttpResponse<String> response = http.send(request(baseUrl, ENGINE + "/task?processInstanceId="
                    + processInstanceId, "agent").GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                failedRequests.incrementAndGet();
                return Optional.empty();
            }
            JsonNode tasks = JSON.readTree(response.body());
            return tasks.isEmpty() ? Optional.empty() : Optional.of(tasks.get(0));
        } catch (IOException e) {
            failedRequests.incrementAndGet();
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private int post(String path, String json, String user) {
        return post(baseUrl, path, json, user);
    }

    int post(String base, String path, String json, String user) {
        try {
            HttpResponse<String> response = http.send(request(base, path, user)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 500) {
                failedRequests.incrementAndGet();
            }
            return response.statusCode();
        } catch (IOException e) {
            failedRequests.incrementAndGet();
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private static HttpRequest.Builder request(String base, String path, String user) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + credentials);
    }

    record Instance(String id, String endActivityId) {
    }

    /** The case labelled so is the one that searches for this customer (each customer has one case). */
    void remember(String label, Customer customer) {
        cardsByLabel.put(label, customer.cardNumber());
    }

    /** The card numbers of the cases whose labels start so, to scope the test's queries to them. */
    List<String> cardsOf(String labelPrefix) {
        return cardsByLabel.entrySet().stream().filter(entry -> entry.getKey().startsWith(labelPrefix))
                .map(Map.Entry::getValue).toList();
    }

    Optional<Instance> instance(String label) {
        return db.sql("""
                SELECT p.id_, p.end_act_id_ FROM act_hi_procinst p JOIN act_hi_varinst v ON v.proc_inst_id_ = p.id_
                WHERE v.name_ = 'searchCustomerCardNumber' AND v.text_ = ? ORDER BY p.start_time_ DESC""")
                .param(cardsByLabel.get(label))
                .query((rs, row) -> new Instance(rs.getString(1), rs.getString(2))).list().stream().findFirst();
    }

    private boolean sending(String processInstanceId) {
        return db.sql("""
                SELECT (SELECT COUNT(*) FROM act_ru_job j JOIN act_ru_jobdef d ON d.id_ = j.job_def_id_
                        WHERE j.process_instance_id_ = :id AND d.act_id_ = :activity)
                     + (SELECT COUNT(*) FROM security_code WHERE process_instance_id = :id)""")
                .param("id", processInstanceId).param("activity", ProcessConstants.Element.SEND_SECURITY_CODE)
                .query(Long.class).single() > 0;
    }

    private Optional<Long> activeCode(String processInstanceId) {
        return db.sql("SELECT id FROM security_code WHERE process_instance_id = ? AND status = 'ACTIVE'")
                .param(processInstanceId).query(Long.class).optional();
    }
}
