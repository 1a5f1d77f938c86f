package hu.insurer.lifeaccess.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import hu.insurer.lifeaccess.support.CamundaHttp;
import hu.insurer.lifeaccess.support.IntegrationTest;

/**
 * The development SMS inbox in the running application, with the real Camunda users: admins only, the newest
 * messages first. (The filter's unit test, CamundaBasicAuthFilterTest, uses a fake identity service.)
 */
class SmsOutboxEndpointIT extends IntegrationTest {

    static final String PATH = "/api/dev/sms-outbox";
    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    SmsGateway gateway;

    @Test
    void theDefaultProfileUsesTheOutbox() {
        assertThat(gateway).isInstanceOf(OutboxSmsGateway.class);
    }

    @Test
    void withoutCredentialsUnauthorized() {
        HttpResponse<String> response = http().get(PATH, null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"life-access\"");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).isEqualTo("{\"error\":\"UNAUTHORIZED\"}");
    }

    @Test
    void unknownUserUnauthorized() {
        // not a demo user: a wrong password would lock a real one for a few seconds
        assertThat(http().get(PATH, "nobody-" + UUID.randomUUID()).statusCode()).isEqualTo(401);
    }

    @Test
    void agentForbidden() {
        HttpResponse<String> response = http().get(PATH, "agent");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).isEqualTo("{\"error\":\"FORBIDDEN\"}");
    }

    @Test
    void thePortalClientIsNoCamundaUser() {
        assertThat(http().get(PATH, "portal").statusCode()).isEqualTo(401);
    }

    @Test
    void adminReadsTheNewestMessagesFirst() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        gateway.send(new SmsMessage("it-" + run + "-1", "+36301234567", "Első " + run));
        gateway.send(new SmsMessage("it-" + run + "-2", "+36209876543", "Második " + run));
        gateway.send(new SmsMessage("it-" + run + "-2", "+36209876543", "Második " + run));
        CamundaHttp http = http();

        HttpResponse<String> response = http.get(PATH, "admin");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("no-store"));
        List<Map<String, Object>> messages = JSON.readValue(response.body(), new TypeReference<>() {
        });
        assertThat(messages).hasSizeBetween(2, SmsOutboxController.DEFAULT_LIMIT);
        assertThat(messages.get(0)).containsOnlyKeys("to", "text", "sentAt")
                .containsEntry("to", "+36209876543").containsEntry("text", "Második " + run);
        assertThat(messages.get(1)).containsEntry("to", "+36301234567").containsEntry("text", "Első " + run);
        assertThat(Instant.parse((String) messages.get(0).get("sentAt"))).isBefore(Instant.now().plusSeconds(1));
        assertThat(messages).filteredOn(message -> ("Második " + run).equals(message.get("text"))).hasSize(1);

        List<Map<String, Object>> newest = JSON.readValue(http.get(PATH + "?limit=1", "admin").body(),
                new TypeReference<>() {
                });
        assertThat(newest).hasSize(1);
        assertThat(newest.get(0)).containsEntry("text", "Második " + run);
    }

    @Test
    void limitBelowOneIsABadRequest() {
        assertThat(http().get(PATH + "?limit=0", "admin").statusCode()).isEqualTo(400);
        assertThat(http().get(PATH + "?limit=many", "admin").statusCode()).isEqualTo(400);
    }
}
