package hu.insurer.lifeaccess.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

import hu.insurer.lifeaccess.support.StandardCaseForms;

/**
 * Cases driven end to end over engine-rest with the calls Tasklist makes, as {@code agent}: the start form (a
 * search by card number), the identification, the review and the signature, each by {@code submit-form} on the task
 * the agent's task list shows; then the agent's wait until the case's SMS went out, seen from outside as the case
 * waiting at the event-based gateway for the redemption message. The same driver runs the application's model and
 * the bare model ({@code benchmark/bare-issuance.bpmn}) in the same application.
 */
final class IssuanceBenchmark {

    static final String BARE_PROCESS_KEY = "BareIssuanceProcess";
    private static final String AGENT = "agent";
    // The bare engine has no application guard and no authorizations, and the guard lets staff start only the
    // application's own case: the bare model is worked by an administrator, whom neither stops.
    private static final String BARE_USER = "admin";
    private static final Duration CASE_TIMEOUT = Duration.ofSeconds(120);

    /** A case whose SMS went out. */
    record IssuedCase(String processInstanceId, SyntheticPopulation.Eligible customer) {
    }

    /** Cases per second in the measured window, the median time of one case, cases that did not reach the SMS. */
    record Throughput(double casesPerSecond, double medianCaseMillis, int cases, int failed) {
    }

    private final EngineRestClient client;
    private final Supplier<SyntheticPopulation.Eligible> customers;

    /** {@code customers} gives each case its customer (the real model needs one that has no case yet). */
    IssuanceBenchmark(EngineRestClient client, Supplier<SyntheticPopulation.Eligible> customers) {
        this.client = client;
        this.customers = customers;
    }

    /** Deploys the bare model as {@code admin} and lets the agents start and work it as they do the real one. */
    void deployBareModel() {
        client.deploy("admin", "benchmark-bare-issuance", Map.of("bare-issuance.bpmn",
                resource("benchmark/bare-issuance.bpmn")));
        client.json(client.postJson("/engine-rest/authorization/create", "admin", """
                {"type": 1, "groupId": "agents", "resourceType": 6, "resourceId": "%s",
                 "permissions": ["READ", "CREATE_INSTANCE", "READ_INSTANCE", "READ_TASK", "UPDATE_TASK", "TASK_WORK"]}"""
                .formatted(BARE_PROCESS_KEY)), "authorization of the bare model");
    }

    /**
     * Deploys the bare model with the forms it names into an engine without the application (the bare starter,
     * whose REST API has no authentication).
     */
    void deployBareModelWithForms() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("bare-issuance.bpmn", resource("benchmark/bare-issuance.bpmn"));
        for (String form : List.of("customer-search", "customer-identification", "partner-data-review", "signature")) {
            files.put(form + ".form", resource("forms/" + form + ".form"));
        }
        client.deploy("admin", "benchmark-bare-issuance", files);
    }

    private byte[] resource(String name) {
        try (InputStream content = getClass().getClassLoader().getResourceAsStream(name)) {
            if (content == null) {
                throw new IllegalStateException(name + " is not on the class path");
            }
            return content.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Throughput run(String processKey, int agents, Duration warmUp, Duration measured, List<IssuedCase> issued)
            throws InterruptedException {
        long start = System.nanoTime();
        long windowStart = start + warmUp.toNanos();
        long windowEnd = windowStart + measured.toNanos();
        List<Double> caseMillis = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger inWindow = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int agent = 0; agent < agents; agent++) {
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < windowEnd) {
                    SyntheticPopulation.Eligible customer = customers.get();
                    if (customer == null) {
                        throw new IllegalStateException("the population has no eligible customer left");
                    }
                    long caseStart = System.nanoTime();
                    try {
                        String id = drive(processKey, customer);
                        long done = System.nanoTime();
                        if (done >= windowStart && done < windowEnd) {
                            inWindow.incrementAndGet();
                            caseMillis.add((done - caseStart) / 1e6);
                        }
                        if (issued != null) {
                            issued.add(new IssuedCase(id, customer));
                        }
                    } catch (RuntimeException e) {
                        if (failed.incrementAndGet() <= 3) {
                            System.out.println("  case for " + customer.cardNumber() + " failed: " + e.getMessage());
                        }
                    }
                }
            }, "agent-" + agent);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double[] millis = caseMillis.stream().mapToDouble(Double::doubleValue).toArray();
        return new Throughput(inWindow.get() / (measured.toNanos() / 1e9), Latencies.of(millis).median(),
                inWindow.get(), failed.get());
    }

    /** One case from the start form until its SMS went out; returns its process instance id. */
    String drive(String processKey, SyntheticPopulation.Eligible customer) {
        String user = BARE_PROCESS_KEY.equals(processKey) ? BARE_USER : AGENT;
        String id = client.json(client.postJson("/engine-rest/process-definition/key/" + processKey + "/submit-form",
                user, StandardCaseForms.start(customer.cardNumber())), "start").get("id").asText();
        long deadline = System.nanoTime() + CASE_TIMEOUT.toNanos();
        int polls = 0;
        while (System.nanoTime() < deadline) {
            JsonNode tasks = client.json(client.get("/engine-rest/task?processInstanceId=" + id, user), "task list");
            if (!tasks.isEmpty()) {
                submit(tasks.get(0), customer, user);
                continue;
            }
            if (count("/engine-rest/event-subscription/count?eventType=message&processInstanceId=" + id, user) > 0) {
                return id;
            }
            if (++polls % 20 == 0 && count("/engine-rest/process-instance/count?processInstanceIds=" + id, user) == 0) {
                throw new IllegalStateException("case " + id + " ended before its SMS");
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("case " + id + " sent no SMS within " + CASE_TIMEOUT);
    }

    private long count(String path, String user) {
        return client.json(client.get(path, user), path).get("count").asLong();
    }

    private void submit(JsonNode task, SyntheticPopulation.Eligible customer, String user) {
        String key = task.get("taskDefinitionKey").asText();
        String form = StandardCaseForms.task(key, customer.id())
                .orElseThrow(() -> new IllegalStateException("unexpected task " + key));
        String path = "/engine-rest/task/" + task.get("id").asText() + "/submit-form";
        client.json(client.postJson(path, user, form), path);
    }
}
