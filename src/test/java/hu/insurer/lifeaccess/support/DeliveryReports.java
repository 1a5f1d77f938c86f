package hu.insurer.lifeaccess.support;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import hu.insurer.lifeaccess.sms.DeliveryReportSignature;

/** The SMS provider's delivery reports, as it posts them to the application. */
public final class DeliveryReports {

    public static final String PATH = "/api/sms/delivery-reports";

    /** The report's JSON body. */
    public static String body(String messageKey, String status, OffsetDateTime occurredAt) {
        return "{\"idempotencyKey\": \"" + messageKey + "\", \"status\": \"" + status + "\", \"occurredAt\": \""
                + occurredAt + "\"}";
    }

    /** Posts {@code body} with this timestamp header and, unless {@code signed} is null, this signature header. */
    public static HttpResponse<String> post(CamundaHttp http, String body, String timestamp, String signed) {
        Map<String, String> headers = new HashMap<>();
        headers.put(DeliveryReportSignature.TIMESTAMP_HEADER, timestamp);
        if (signed != null) {
            headers.put(DeliveryReportSignature.SIGNATURE_HEADER, signed);
        }
        return http.postJson(PATH, body, headers);
    }

    /** A report signed now, as the provider sends it. */
    public static HttpResponse<String> signed(CamundaHttp http, DeliveryReportSignature signature, String messageKey,
            String status, OffsetDateTime occurredAt) {
        String body = body(messageKey, status, occurredAt);
        long now = Instant.now().getEpochSecond();
        return post(http, body, String.valueOf(now), signature.sign(now, body));
    }

    private DeliveryReports() {
    }
}
