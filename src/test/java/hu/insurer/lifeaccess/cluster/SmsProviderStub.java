package hu.insurer.lifeaccess.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An SMS provider as {@code HttpSmsGateway} talks to it, on a loopback port of the test JVM: {@code POST /sms}
 * with the JSON body {@code {"from", "to", "text"}}, HTTP Basic and an {@code Idempotency-Key}. It records every
 * request and, like a real provider, delivers a key once: a repeat of a known key with the same text is answered
 * 200 and is no second SMS; a known key with another text is refused (409). Each answer waits a random time in
 * the configured range; a hook may act on a request before it is answered (and then leave it unanswered).
 */
final class SmsProviderStub implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request as the provider received it. */
    record Request(String key, String from, String to, String text, boolean authenticated, long receivedAtNanos) {
    }

    /** A hook that sees a request before it is answered; returning false leaves it unanswered. */
    interface BeforeAnswer {
        boolean proceed(Request request);
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(32);
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, String> delivered = new LinkedHashMap<>();
    private final String expectedAuthorization;
    private final Duration minLatency;
    private final Duration maxLatency;
    private volatile BeforeAnswer beforeAnswer = request -> true;

    SmsProviderStub(String username, String password, Duration minLatency, Duration maxLatency) {
        this.expectedAuthorization = "Basic " + java.util.Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.minLatency = minLatency;
        this.maxLatency = maxLatency;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/sms", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/sms";
    }

    void beforeAnswer(BeforeAnswer hook) {
        this.beforeAnswer = hook;
    }

    /** Runs {@code action} on the first request, before it is answered, and leaves that request unanswered. */
    void onFirstRequestInsteadOfAnswering(Consumer<Request> action) {
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

    List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The SMS the provider delivered: one per key, with the key's text. */
    synchronized Map<String, String> delivered() {
        return new LinkedHashMap<>(delivered);
    }

    /** The texts received under each key (more than one means a key was reused for another message). */
    Map<String, Set<String>> textsByKey() {
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
            pause();
            exchange.sendResponseHeaders(answer(request), -1);
        }
    }

    private synchronized int answer(Request request) {
        if (!request.authenticated()) {
            return 401;
        }
        if (request.key() == null || request.key().isBlank() || request.to() == null || request.text() == null) {
            return 400;
        }
        String known = delivered.putIfAbsent(request.key(), request.text());
        return known == null || known.equals(request.text()) ? 200 : 409;
    }

    private void pause() {
        long min = minLatency.toMillis();
        long max = maxLatency.toMillis();
        if (max <= 0) {
            return;
        }
        try {
            Thread.sleep(min >= max ? min : ThreadLocalRandom.current().nextLong(min, max + 1));
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
