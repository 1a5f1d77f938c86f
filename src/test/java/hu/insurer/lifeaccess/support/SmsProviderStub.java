package hu.insurer.lifeaccess.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An SMS provider as {@code HttpSmsGateway} talks to it, on a loopback port of the test JVM, over real HTTP:
 * {@code POST /sms} with the JSON body {@code {"from", "to", "text"}}, HTTP Basic and an {@code Idempotency-Key}.
 * It records every request and, like a real provider, delivers a key once: a new key is answered 202, a repeat of a
 * known key with the same text 200 and is no second SMS; a known key with another text is refused (409), wrong
 * credentials 401, a request without key, number or text 400. Each answer waits a random time in the configured
 * range. On demand it refuses the next requests with a status, takes a request in and answers only after a while
 * (as a provider whose answer comes after the client's read timeout, having accepted the message all the same), or
 * lets a hook act on a request before it is answered (and then leave it unanswered).
 */
public final class SmsProviderStub implements AutoCloseable {

    /** The credentials the no-argument stub requires. */
    public static final String DEFAULT_USERNAME = "insurer";
    public static final String DEFAULT_PASSWORD = "provider-secret";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request as the provider received it. */
    public record Request(String key, String from, String to, String text, boolean authenticated,
            long receivedAtNanos) {
    }

    /** A hook that sees a request before it is answered; returning false leaves it unanswered. */
    public interface BeforeAnswer {
        boolean proceed(Request request);
    }

    private static final BeforeAnswer ANSWER_ALL = request -> true;

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(32);
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Request> delivered = new LinkedHashMap<>();
    private final String expectedAuthorization;
    private final Duration minLatency;
    private final Duration maxLatency;
    private final AtomicInteger refusalsLeft = new AtomicInteger();
    private final AtomicInteger refusalStatus = new AtomicInteger(503);
    private final AtomicInteger slowAnswersLeft = new AtomicInteger();
    private final AtomicReference<Duration> slowAnswer = new AtomicReference<>(Duration.ZERO);
    private volatile BeforeAnswer beforeAnswer = ANSWER_ALL;

    /** A provider that requires {@link #DEFAULT_USERNAME} and {@link #DEFAULT_PASSWORD} and answers at once. */
    public SmsProviderStub() {
        this(DEFAULT_USERNAME, DEFAULT_PASSWORD, Duration.ZERO, Duration.ZERO);
    }

    public SmsProviderStub(String username, String password, Duration minLatency, Duration maxLatency) {
        this.expectedAuthorization = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.minLatency = minLatency;
        this.maxLatency = maxLatency;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        } catch (IOException e) {
            threads.shutdownNow();
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/sms", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/sms";
    }

    /** The next {@code count} requests are answered with {@code status} and not delivered. */
    public void refuseNext(int count, int status) {
        refusalStatus.set(status);
        refusalsLeft.set(count);
    }

    /** The next {@code count} accepted requests are delivered at once, but answered only after {@code wait}. */
    public void answerLate(int count, Duration wait) {
        slowAnswer.set(wait);
        slowAnswersLeft.set(count);
    }

    public void beforeAnswer(BeforeAnswer hook) {
        this.beforeAnswer = hook;
    }

    /** Runs {@code action} on the first request, before it is answered, and leaves that request unanswered. */
    public void onFirstRequestInsteadOfAnswering(Consumer<Request> action) {
        beforeAnswer(new BeforeAnswer() {
            private boolean done;

            @Override
            public synchronized boolean proceed(Request request) {
                if (done) {
                    return true;
                }
                done = true;
                action.accept(request);
                return false;
            }
        });
    }

    /** Forgets every request and delivery, and answers every request again. */
    public synchronized void reset() {
        requests.clear();
        delivered.clear();
        refusalsLeft.set(0);
        slowAnswersLeft.set(0);
        beforeAnswer = ANSWER_ALL;
    }

    /** Every request, repeats and refused ones included. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The SMS that reached a phone: one per key (its first accepted request), in the order of delivery. */
    public synchronized List<Request> delivered() {
        return List.copyOf(delivered.values());
    }

    public synchronized List<Request> deliveredTo(String number) {
        return delivered.values().stream().filter(sms -> number.equals(sms.to())).toList();
    }

    /** The texts received under each key (more than one means a key was reused for another message). */
    public Map<String, Set<String>> textsByKey() {
        return requests.stream().collect(Collectors.groupingBy(Request::key, LinkedHashMap::new,
                Collectors.mapping(Request::text, Collectors.toSet())));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            JsonNode body;
            try (InputStream in = exchange.getRequestBody()) {
                body = JSON.readTree(in);
            }
            Request request = new Request(exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                    body.path("from").asText(null), body.path("to").asText(null), body.path("text").asText(null),
                    expectedAuthorization.equals(exchange.getRequestHeaders().getFirst("Authorization")),
                    System.nanoTime());
            requests.add(request);
            if (!beforeAnswer.proceed(request)) {
                return;
            }
            if (refusalsLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                exchange.sendResponseHeaders(refusalStatus.get(), -1);
                return;
            }
            pause();
            int status = answer(request);
            if (status / 100 == 2 && slowAnswersLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                sleep(slowAnswer.get());
            }
            exchange.sendResponseHeaders(status, -1);
        }
    }

    private synchronized int answer(Request request) {
        if (!request.authenticated()) {
            return 401;
        }
        if (request.key() == null || request.key().isBlank() || request.to() == null || request.text() == null) {
            return 400;
        }
        Request known = delivered.putIfAbsent(request.key(), request);
        if (known == null) {
            return 202;
        }
        return known.text().equals(request.text()) ? 200 : 409;
    }

    private void pause() {
        long min = minLatency.toMillis();
        long max = maxLatency.toMillis();
        if (max <= 0) {
            return;
        }
        sleep(Duration.ofMillis(min >= max ? min : ThreadLocalRandom.current().nextLong(min, max + 1)));
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "SmsProviderStub[" + requests.size() + " requests, " + textsByKey().size() + " keys]";
    }
}
