package hu.insurer.lifeaccess.benchmark;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Closed-loop HTTP load: {@code connections} clients, each sending its next request when the previous one is
 * answered, over one shared HTTP/1.1 client (a connection each), for a time or until the requests run out.
 */
final class HttpLoad {

    /** Requests per second, latencies, and how many answers were not the expected status. */
    record Result(double requestsPerSecond, Latencies latencies, int unexpected, String firstUnexpected) {
    }

    private final HttpClient http;

    HttpLoad(HttpClient http) {
        this.http = http;
    }

    /** {@code requests.apply(i)} is the i-th request, or null when there are no more. */
    Result run(int connections, Duration duration, IntFunction<HttpRequest> requests, int expectedStatus)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger unexpected = new AtomicInteger();
        String[] firstUnexpected = new String[1];
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<double[]> perThread = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long[] lastAnswer = new long[connections];
        for (int c = 0; c < connections; c++) {
            double[] millis = new double[2_000_000 / connections];
            perThread.add(millis);
            counts.add(0);
            int connection = c;
            Thread thread = new Thread(() -> {
                int done = 0;
                while (System.nanoTime() < end && done < millis.length) {
                    HttpRequest request = requests.apply(next.getAndIncrement());
                    if (request == null) {
                        break;
                    }
                    long sent = System.nanoTime();
                    int status;
                    String body;
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        status = response.statusCode();
                        body = response.body();
                    } catch (IOException e) {
                        status = -1;
                        body = e.toString();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    long answered = System.nanoTime();
                    millis[done++] = (answered - sent) / 1e6;
                    lastAnswer[connection] = answered;
                    if (status != expectedStatus && unexpected.getAndIncrement() == 0) {
                        firstUnexpected[0] = status + " " + body;
                    }
                }
                synchronized (counts) {
                    counts.set(connection, done);
                }
            }, "load-" + c);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long last = start;
        int total = 0;
        for (int c = 0; c < connections; c++) {
            last = Math.max(last, lastAnswer[c]);
            total += counts.get(c);
        }
        double[] all = new double[total];
        int at = 0;
        for (int c = 0; c < connections; c++) {
            System.arraycopy(perThread.get(c), 0, all, at, counts.get(c));
            at += counts.get(c);
        }
        double seconds = Math.max(1e-9, (last - start) / 1e9);
        return new Result(total / seconds, Latencies.of(all), unexpected.get(), firstUnexpected[0]);
    }
}
