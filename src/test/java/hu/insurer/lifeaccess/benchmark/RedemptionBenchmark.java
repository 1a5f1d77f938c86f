package hu.insurer.lifeaccess.benchmark;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;

import hu.insurer.lifeaccess.benchmark.IssuanceBenchmark.IssuedCase;

/**
 * The portal's redemption API over real HTTP, as the portal calls it (HTTP Basic as the portal client, JSON body),
 * on its 422 path (a well-formed code for customers who have none: the answer to a wrong code) and its 200 path
 * (the code from each issued case's SMS, each redeemed once), against a trivial endpoint of the same application
 * ({@code GET /actuator/health/liveness}, two in-memory states) sent by the same client with the same header.
 */
final class RedemptionBenchmark {

    private static final String API = "/api/portal/security-code-redemptions";
    private static final String WRONG_CODE = "ABCD-EFGH-JK";

    /** A code as the customer read it in the SMS, for the customer it was sent to. */
    record Redeemable(String cardNumber, String birthDate, String code) {
    }

    private final String baseUrl;
    private final HttpLoad load;
    private final Duration duration;

    RedemptionBenchmark(String baseUrl, HttpLoad load, Duration duration) {
        this.baseUrl = baseUrl;
        this.load = load;
        this.duration = duration;
    }

    void run(ResultTable table, List<String> idleCards, List<Redeemable> codes, int[] connectionCounts)
            throws InterruptedException {
        // warm-up of both paths' code and of the connections
        load.run(8, duration.dividedBy(2), i -> wrongCode(idleCards, i), 422);
        load.run(8, duration.dividedBy(2), this::trivial, 200);
        int codeOffset = 0;
        int codesPerRun = codes.size() / connectionCounts.length;
        for (int connections : connectionCounts) {
            HttpLoad.Result trivial = load.run(connections, duration, this::trivial, 200);
            int offset = idleCards.size() / 2 * (connections == connectionCounts[0] ? 0 : 1);
            HttpLoad.Result refused = load.run(connections, duration,
                    i -> wrongCode(idleCards, offset + i), 422);
            int first = codeOffset;
            HttpLoad.Result redeemed = load.run(connections, duration.multipliedBy(10),
                    i -> i < codesPerRun ? redeem(codes.get(first + i)) : null, 200);
            codeOffset += codesPerRun;
            row(table, "422 (wrong code)", connections, refused, trivial);
            row(table, "200 (redeemed)", connections, redeemed, trivial);
            table.add("redemption", "trivial endpoint, " + connections + " conn.: req/s; p50 / p99 (ms)",
                    ResultTable.number(trivial.requestsPerSecond(), 0) + "; " + latencies(trivial), "", "", "", null);
        }
    }

    private void row(ResultTable table, String path, int connections, HttpLoad.Result result,
            HttpLoad.Result trivial) {
        boolean p99Goal = connections != 8 || result.latencies().percentile(99) <= 10;
        table.add("redemption", path + ", " + connections + " conn.: req/s; p50 / p99 (ms)",
                ResultTable.number(result.requestsPerSecond(), 0) + "; " + latencies(result),
                ResultTable.number(trivial.requestsPerSecond(), 0) + "; " + latencies(trivial),
                ResultTable.ratio(result.requestsPerSecond(), trivial.requestsPerSecond()),
                connections == 8 ? "≥ 0.7×, p99 ≤ 10 ms" : "≥ 0.7×",
                result.requestsPerSecond() >= 0.7 * trivial.requestsPerSecond() && p99Goal);
        table.note(String.format("Redemption %s at %d connections: %,d requests%s.", path, connections,
                result.latencies().count(), result.unexpected() == 0 ? ""
                        : ", " + result.unexpected() + " with another status (first: " + result.firstUnexpected()
                                + ")"));
    }

    private static String latencies(HttpLoad.Result result) {
        return ResultTable.number(result.latencies().median(), 2) + " / "
                + ResultTable.number(result.latencies().percentile(99), 2);
    }

    private HttpRequest trivial(int i) {
        return HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health/liveness"))
                .header("Authorization", EngineRestClient.basic("portal")).GET().build();
    }

    private HttpRequest wrongCode(List<String> idleCards, int i) {
        String[] cardAndBirthDate = idleCards.get(i % idleCards.size()).split("\\|");
        return post(cardAndBirthDate[0], cardAndBirthDate[1], WRONG_CODE);
    }

    private HttpRequest redeem(Redeemable code) {
        return request(baseUrl, code);
    }

    /** The portal's redemption of this code. */
    static HttpRequest request(String baseUrl, Redeemable code) {
        return post(baseUrl, code.cardNumber(), code.birthDate(), code.code());
    }

    private HttpRequest post(String card, String birthDate, String code) {
        return post(baseUrl, card, birthDate, code);
    }

    private static HttpRequest post(String baseUrl, String card, String birthDate, String code) {
        return HttpRequest.newBuilder(URI.create(baseUrl + API))
                .header("Authorization", EngineRestClient.basic("portal"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"customerCardNumber\": \"" + card
                        + "\", \"birthDate\": \"" + birthDate + "\", \"code\": \"" + code + "\"}"))
                .build();
    }

    static List<Redeemable> codesOf(List<IssuedCase> cases, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        return cases.stream().map(issued -> {
            long codeId = jdbc.sql("SELECT id FROM security_code WHERE process_instance_id = ? AND status = 'ACTIVE'")
                    .param(issued.processInstanceId()).query(Long.class).single();
            return new Redeemable(issued.customer().cardNumber(), issued.customer().birthDate(),
                    hu.insurer.lifeaccess.support.SmsInbox.codeFor(jdbc, codeId));
        }).toList();
    }
}
