package hu.insurer.lifeaccess.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An SMS provider on a local port, over real HTTP, that behaves as real providers do: it delivers each
 * Idempotency-Key once (a repeat is answered 200 and not delivered again). On demand it refuses the next requests
 * with a status, or takes a request in and answers only after a while (as a provider whose answer comes after the
 * client's read timeout, having accepted the message all the same).
 */
public final class SmsProviderStub implements AutoCloseable {

    /** One request as the provider received it. */
    public record Received(String key, String to, String text) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<Received> received = new ArrayList<>();
    private final Map<String, Received> delivered = new LinkedHashMap<>();
    private final AtomicInteger refusalsLeft = new AtomicInteger();
    private final AtomicInteger refusalStatus = new AtomicInteger(503);
    private final AtomicInteger slowAnswersLeft = new AtomicInteger();
    private final AtomicReference<Duration> slowAnswer = new AtomicReference<>(Duration.ZERO);

    public SmsProviderStub() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
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

    /** The next {@code count} requests are accepted (and delivered) at once, but answered only after {@code wait}. */
    public void answerLate(int count, Duration wait) {
        slowAnswer.set(wait);
        slowAnswersLeft.set(count);
    }

    public synchronized void reset() {
        received.clear();
        delivered.clear();
        refusalsLeft.set(0);
        slowAnswersLeft.set(0);
    }

    /** Every request, repeats included. */
    public synchronized List<Received> received() {
        return List.copyOf(received);
    }

    /** The SMS that reached a phone: one per key. */
    public synchronized List<Received> delivered() {
        return List.copyOf(delivered.values());
    }

    public synchronized List<Received> deliveredTo(String number) {
        return delivered.values().stream().filter(sms -> sms.to().equals(number)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            Received request = new Received(exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                    body.path("to").asText(), body.path("text").asText());
            if (refusalsLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                record(request, false);
                exchange.sendResponseHeaders(refusalStatus.get(), -1);
                return;
            }
            record(request, true);
            if (slowAnswersLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                sleep(slowAnswer.get());
            }
            exchange.sendResponseHeaders(202, -1);
        }
    }

    private synchronized void record(Received request, boolean deliver) {
        received.add(request);
        if (deliver) {
            delivered.putIfAbsent(request.key(), request);
        }
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
    }
}
