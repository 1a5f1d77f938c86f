package hu.insurer.lifeaccess.sms;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The development SMS inbox: {@code GET /api/dev/sms-outbox[?limit=n]}, the newest messages first,
 * each as {@code {"to", "text", "sentAt"}}. Only outside the {@code prod} profile and only while the outbox adapter
 * is active; otherwise the path answers 404. Admins only: {@code CamundaBasicAuthFilter} guards {@code /api/dev/*}.
 * The answer holds live security codes, so it must not be cached.
 */
@RestController
@Profile("!prod")
@ConditionalOnProperty(name = SmsConfiguration.GATEWAY_PROPERTY, havingValue = SmsConfiguration.OUTBOX,
        matchIfMissing = true)
class SmsOutboxController {

    static final String PATH = "/api/dev/sms-outbox";
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private final SmsOutbox outbox;

    SmsOutboxController(SmsOutbox outbox) {
        this.outbox = outbox;
    }

    /** {@code limit}: 1 or more, default 20; more than 100 gives 100. */
    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<OutboxMessage>> newestFirst(
            @RequestParam(name = "limit", defaultValue = "" + DEFAULT_LIMIT) int limit) {
        if (limit < 1) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "limit must be at least 1");
        }
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(outbox.newestFirst(Math.min(limit, MAX_LIMIT)));
    }
}
