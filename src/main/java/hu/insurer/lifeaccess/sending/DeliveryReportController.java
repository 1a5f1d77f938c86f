package hu.insurer.lifeaccess.sending;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import hu.insurer.lifeaccess.securitycode.DeliveryStatus;
import hu.insurer.lifeaccess.sms.DeliveryReportSignature;

/**
 * The SMS provider's callback: {@code POST /api/sms/delivery-reports} with
 * {@code {"idempotencyKey": <the key of the SMS>, "status": "DELIVERED" | "FAILED" | "EXPIRED",
 * "occurredAt": <ISO-8601 time>}}, signed as {@link DeliveryReportSignature} describes. 204 when recorded or
 * already known (so the provider stops repeating it); 401 without a valid, recent signature; 400 when malformed.
 */
@RestController
class DeliveryReportController {

    static final String PATH = "/api/sms/delivery-reports";
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryReportController.class);
    private static final int MAX_BODY = 2048;
    /** The sending job commits within seconds; its retries wait minutes. */
    private static final int RETRY_AFTER_SECONDS = 30;

    private final DeliveryReportSignature signature;
    private final DeliveryReports reports;
    private final ObjectMapper json;

    DeliveryReportController(DeliveryReportSignature signature, DeliveryReports reports, ObjectMapper json) {
        this.signature = signature;
        this.reports = reports;
        this.json = json;
    }

    @PostMapping(path = PATH, consumes = "application/json")
    ResponseEntity<Map<String, String>> report(@RequestBody String body,
            @RequestHeader(name = DeliveryReportSignature.TIMESTAMP_HEADER, required = false) String timestamp,
            @RequestHeader(name = DeliveryReportSignature.SIGNATURE_HEADER, required = false) String signed) {
        if (body.length() > MAX_BODY || !signature.verify(timestamp, signed, body)) {
            LOG.warn("Delivery report refused: missing, wrong or stale signature");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("error", "UNAUTHORIZED"));
        }
        Report report;
        try {
            report = Report.parse(json.readTree(body));
        } catch (IllegalArgumentException | DateTimeParseException | java.io.IOException e) {
            return ResponseEntity.badRequest().body(Map.of("error", "BAD_REQUEST",
                    "message", "Expected {\"idempotencyKey\", \"status\": DELIVERED|FAILED|EXPIRED, \"occurredAt\"}"));
        }
        switch (reports.record(report.key(), report.status(), report.occurredAt())) {
            case TOO_EARLY -> {
                LOG.info("Delivery report {} for {} came before the code's acceptance was recorded: asked again later",
                        report.status(), report.key());
                return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                        .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
                        .body(Map.of("error", "NOT_YET_ACCEPTED",
                                "message", "The message's acceptance is not recorded yet; send the report again later"));
            }
            case UNCHANGED -> LOG.info("Delivery report {} for {} changed nothing (a repeat, or not a code's SMS)",
                    report.status(), report.key());
            case RECORDED -> { }
        }
        return ResponseEntity.noContent().build();
    }

    private record Report(String key, DeliveryStatus status, OffsetDateTime occurredAt) {

        static Report parse(JsonNode node) {
            String key = text(node, "idempotencyKey");
            if (!key.matches("[A-Za-z0-9._:-]{1,64}")) {
                throw new IllegalArgumentException("idempotencyKey");
            }
            return new Report(key, DeliveryStatus.valueOf(text(node, "status")),
                    OffsetDateTime.parse(text(node, "occurredAt")));
        }

        private static String text(JsonNode node, String field) {
            JsonNode value = node == null ? null : node.get(field);
            if (value == null || !value.isTextual()) {
                throw new IllegalArgumentException(field);
            }
            return value.asText();
        }
    }
}
