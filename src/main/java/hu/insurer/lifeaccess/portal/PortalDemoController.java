package hu.insurer.lifeaccess.portal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import hu.insurer.lifeaccess.securitycode.RedemptionOutcome;
import hu.insurer.lifeaccess.securitycode.SecurityCodeRedemption;
import hu.insurer.lifeaccess.security.RefusedRequests;
import hu.insurer.lifeaccess.security.RefusedRequestsLog;

/**
 * A stand-in for the customer portal's own page (default profile only), so that a person trying the application
 * can finish the story in a browser: the customer types card number, birth date and code, and the page shows the
 * outcome. It uses the same redemption service and rate limits as the portal API (the page counts as one client);
 * like the portal's public page, it has no login.
 */
@RestController
@Profile("!prod")
class PortalDemoController {

    private static final Map<RedemptionOutcome, String> MESSAGES = Map.of(
            RedemptionOutcome.REGISTERED, "Sikeres regisztráció: az Ügyfélportálon mostantól az életbiztosításait is látja.",
            RedemptionOutcome.EXTENDED, "Sikeres bővítés: ügyfélportál-hozzáférése mostantól az élet termékekre is kiterjed.",
            RedemptionOutcome.INVALID_CODE, "A megadott adatok vagy a kód nem megfelelő. Ellenőrizze, és próbálja újra.",
            RedemptionOutcome.CODE_EXPIRED, "A kód lejárt. Kérjen új kódot ügyintézőjétől.",
            RedemptionOutcome.CODE_ALREADY_USED, "Ezt a kódot már felhasználták.",
            RedemptionOutcome.CODE_LOCKED, "A kódot a sok hibás próbálkozás miatt zároltuk. Kérjen új kódot ügyintézőjétől.");

    static final String CLIENT_ID = "stand-in portal page";

    private final SecurityCodeRedemption redemption;
    private final RedemptionRateLimits rateLimits;
    private final RefusedRequests refusals;

    PortalDemoController(SecurityCodeRedemption redemption, RedemptionRateLimits rateLimits, RefusedRequestsLog log) {
        this.redemption = redemption;
        this.rateLimits = rateLimits;
        this.refusals = log.forApi("portal stand-in page");
    }

    @GetMapping(path = "/portal/", produces = MediaType.TEXT_HTML_VALUE)
    String page() throws IOException {
        return resource("portal/index.html");
    }

    /** The page's script and style are files of their own, so that its Content-Security-Policy needs no inline code. */
    @GetMapping(path = "/portal/portal.js", produces = "text/javascript;charset=UTF-8")
    String script() throws IOException {
        return resource("portal/portal.js");
    }

    @GetMapping(path = "/portal/portal.css", produces = "text/css;charset=UTF-8")
    String style() throws IOException {
        return resource("portal/portal.css");
    }

    private static String resource(String path) throws IOException {
        return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
    }

    @PostMapping(path = "/portal/redemptions", consumes = "application/json", produces = "application/json")
    ResponseEntity<Map<String, Object>> redeem(@RequestBody RedemptionRequest request) {
        Optional<Duration> clientWait = rateLimits.clientAttempt(CLIENT_ID);
        if (clientWait.isPresent()) {
            return tooManyRequests(clientWait.get());
        }
        RedemptionRequest.Parsed parsed = request.parse();
        if (parsed.isMalformed()) {
            return incomplete();
        }
        Optional<Duration> cardWait = rateLimits.cardNumberAttempt(parsed.customerCardNumber());
        if (cardWait.isPresent()) {
            return tooManyRequests(cardWait.get());
        }
        RedemptionOutcome outcome = redemption.redeem(parsed.customerCardNumber(), parsed.birthDate(), parsed.code());
        if (!outcome.isSuccess()) {
            refusals.record(outcome.name());
        }
        return ResponseEntity.ok(Map.of("success", outcome.isSuccess(), "outcome", outcome.name(),
                "message", MESSAGES.get(outcome)));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        return incomplete();
    }

    private ResponseEntity<Map<String, Object>> tooManyRequests(Duration wait) {
        refusals.record(PortalApiAnswers.TOO_MANY_REQUESTS);
        return PortalApiAnswers.tooManyRequests(wait, Map.of("success", false,
                "message", PortalApiAnswers.tooManyRequestsMessage(PortalApiAnswers.retryAfterSeconds(wait))));
    }

    private ResponseEntity<Map<String, Object>> incomplete() {
        refusals.record("BAD_REQUEST");
        return ResponseEntity.badRequest().body(Map.of("success", false,
                "message", "Adja meg az ügyfélkártyaszámot (csak számjegyek), a születési dátumot és a 10 karakteres kódot."));
    }
}
