package hu.insurer.lifeaccess.portal;

import java.time.Duration;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The portal API's error answers that more than one class gives. */
final class PortalApiAnswers {

    static final String TOO_MANY_REQUESTS = "TOO_MANY_REQUESTS";
    static final int TOO_MANY_REQUESTS_STATUS = HttpStatus.TOO_MANY_REQUESTS.value();

    private PortalApiAnswers() {
    }

    static String tooManyRequestsMessage(long seconds) {
        return "Túl sok próbálkozás. Próbálja újra " + inHungarian(seconds) + " múlva.";
    }

    static String tooManyRequestsBody(long seconds) {
        return "{\"error\":\"" + TOO_MANY_REQUESTS + "\",\"message\":\"" + tooManyRequestsMessage(seconds) + "\"}";
    }

    /** The Retry-After value for a wait: whole seconds, at least 1. */
    static long retryAfterSeconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    static <T> ResponseEntity<T> tooManyRequests(Duration wait, T body) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds(wait)))
                .body(body);
    }

    static Map<String, String> tooManyRequestsFields(Duration wait) {
        return Map.of("error", TOO_MANY_REQUESTS, "message", tooManyRequestsMessage(retryAfterSeconds(wait)));
    }

    private static String inHungarian(long seconds) {
        return seconds < 60 ? seconds + " másodperc" : ((seconds + 59) / 60) + " perc";
    }
}
