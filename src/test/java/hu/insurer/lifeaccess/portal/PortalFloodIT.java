package hu.insurer.lifeaccess.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import hu.insurer.lifeaccess.LifeAccessApplication;
import hu.insurer.lifeaccess.support.DatabaseAvailableCondition;
import hu.insurer.lifeaccess.support.TestDatabase;

/**
 * A flood of redemptions from one client, in an application of its own with a small client limit (20 attempts per
 * 10 s) and a one-second summary interval: the flood is answered 429 with Retry-After, and the log sums it up in a
 * line per interval instead of a line per request.
 */
@ExtendWith({DatabaseAvailableCondition.class, OutputCaptureExtension.class})
class PortalFloodIT {

    private static final String API = "/api/portal/security-code-redemptions";
    private static final int FLOOD = 200;

    private static ConfigurableApplicationContext application;
    private static String baseUrl;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        Map<String, String> properties = new HashMap<>(TestDatabase.springProperties("portal-flood"));
        properties.put("camunda.bpm.process-engine-name", "portal-flood");
        properties.put("server.port", "0");
        properties.put("camunda.bpm.job-execution.enabled", "false");
        properties.put("life-access.portal.rate-limit.client-attempts", "20");
        properties.put("life-access.portal.rate-limit.client-period", "10s");
        properties.put("life-access.refused-requests.log-interval", "1s");
        // as arguments, so that they win over application.yaml
        String[] arguments = properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue()).toArray(String[]::new);
        application = new SpringApplicationBuilder(LifeAccessApplication.class).run(arguments);
        baseUrl = "http://localhost:" + ((WebServerApplicationContext) application).getWebServer().getPort();
    }

    @AfterAll
    static void stop() {
        if (application != null) {
            application.close();
        }
    }

    @Test
    void aFloodFromOneClientIsAnswered429AndSummedUpInTheLog(CapturedOutput output) throws Exception {
        long start = System.nanoTime();
        List<HttpResponse<String>> answers = send(FLOOD, "portal", "portal", i -> "4" + String.format("%08d", i));
        double seconds = (System.nanoTime() - start) / 1e9;

        long refused = answers.stream().filter(answer -> answer.statusCode() == 429).count();
        System.out.printf("[it] flood of %d redemptions in %.1f s: %d answered 429, %d answered %s%n", FLOOD, seconds,
                refused, FLOOD - refused, answers.stream().filter(a -> a.statusCode() != 429)
                        .map(HttpResponse::statusCode).distinct().toList());
        // 20 at once, then 2 a second while the flood lasts
        assertThat(FLOOD - refused).isLessThanOrEqualTo(20 + (long) Math.ceil(seconds * 2) + 2);
        HttpResponse<String> one = answers.stream().filter(answer -> answer.statusCode() == 429).findFirst().orElseThrow();
        assertThat(Long.parseLong(one.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 10L);
        assertThat(one.body()).contains("TOO_MANY_REQUESTS", "Túl sok próbálkozás");

        String summary = awaitSummary(output, "TOO_MANY_REQUESTS");
        System.out.println("[it] the log's summary: " + summary);
        assertThat(summary).matches("portal API: [0-9 ]+ requests refused in the last 1 s: .*TOO_MANY_REQUESTS.*");
        assertThat(output.getAll()).doesNotContain("Redemption refused").doesNotContain("Redemption for customer");
        // by the causes' names, as a bare "429" would also match a process id or a timestamp; the applications this
        // JVM ran before log their own summaries
        List<String> linesNamingACause = output.getAll().lines()
                .filter(line -> line.contains("INVALID_CODE") || line.contains("TOO_MANY_REQUESTS"))
                .filter(line -> !line.startsWith("[it]")).toList();
        assertThat(linesNamingACause).as("no line per request").hasSizeLessThan(20)
                .allSatisfy(line -> assertThat(line).contains("requests refused in the last"));
    }

    @Test
    void aFloodOfWrongSecretsIsSummedUpWithoutNamingTheClient(CapturedOutput output) throws Exception {
        List<HttpResponse<String>> answers = send(100, "portal", "wrong", i -> "123456789");

        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).isIn(401, 429));
        String summary = awaitSummary(output, "UNAUTHORIZED");
        System.out.println("[it] the log's summary: " + summary);
        assertThat(output.getAll()).doesNotContain("'portal'");
    }

    private List<HttpResponse<String>> send(int count, String user, String password,
            java.util.function.IntFunction<String> cardNumber) throws Exception {
        String authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        List<CompletableFuture<HttpResponse<String>>> pending = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String body = "{\"customerCardNumber\": \"" + cardNumber.apply(i)
                    + "\", \"birthDate\": \"1970-01-01\", \"code\": \"2222-2222-22\"}";
            pending.add(client.sendAsync(HttpRequest.newBuilder(URI.create(baseUrl + API))
                    .header("Authorization", authorization).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> answer : pending) {
            answers.add(answer.get());
        }
        return answers;
    }

    private static String awaitSummary(CapturedOutput output, String cause) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            String line = output.getAll().lines()
                    .filter(l -> l.contains("portal API: ") && l.contains(cause))
                    .findFirst().orElse(null);
            if (line != null) {
                return line.substring(line.indexOf("portal API: "));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no summary line with " + cause + " in the log");
    }
}
