package hu.insurer.lifeaccess.portal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

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

/**
 * A stand-in for the customer portal's own page (default profile only), so that a person trying the application
 * can finish the story in a browser: the customer types card number, birth date and code, and the page shows the
 * outcome. It uses the same redemption service as the portal API; like the portal's public page, it has no login.
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

    private final SecurityCodeRedemption redemption;

    PortalDemoController(SecurityCodeRedemption redemption) {
        this.redemption = redemption;
    }

    @GetMapping(path = "/portal/", produces = MediaType.TEXT_HTML_VALUE)
    String page() throws IOException {
        return new ClassPathResource("portal/index.html").getContentAsString(StandardCharsets.UTF_8);
    }

    @PostMapping(path = "/portal/redemptions", consumes = "application/json", produces = "application/json")
    ResponseEntity<Map<String, Object>> redeem(@RequestBody RedemptionRequest request) {
        RedemptionRequest.Parsed parsed = request.parse();
        if (parsed.isMalformed()) {
            return incomplete();
        }
        RedemptionOutcome outcome = redemption.redeem(parsed.customerCardNumber(), parsed.birthDate(), parsed.code());
        return ResponseEntity.ok(Map.of("success", outcome.isSuccess(), "outcome", outcome.name(),
                "message", MESSAGES.get(outcome)));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        return incomplete();
    }

    private static ResponseEntity<Map<String, Object>> incomplete() {
        return ResponseEntity.badRequest().body(Map.of("success", false,
                "message", "Adja meg az ügyfélkártyaszámot (csak számjegyek), a születési dátumot és a 10 karakteres kódot."));
    }
}
