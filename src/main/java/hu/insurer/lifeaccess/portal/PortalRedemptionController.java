package hu.insurer.lifeaccess.portal;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import hu.insurer.lifeaccess.securitycode.RedemptionOutcome;
import hu.insurer.lifeaccess.securitycode.SecurityCodeRedemption;
import hu.insurer.lifeaccess.security.RefusedRequests;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

/**
 * The customer portal redeems a security code; HTTP Basic with the portal client's credential. Attempts are
 * rate-limited per client and per customer card number; refusals are counted for the log's summary lines.
 */
@RestController
class PortalRedemptionController {

    static final String PATH = "/api/portal/security-code-redemptions";

    private final SecurityCodeRedemption redemption;
    private final RedemptionRateLimits rateLimits;
    private final RefusedRequests refusals;

    PortalRedemptionController(SecurityCodeRedemption redemption, RedemptionRateLimits rateLimits,
            RefusedRequests portalApiRefusals) {
        this.redemption = redemption;
        this.rateLimits = rateLimits;
        this.refusals = portalApiRefusals;
    }

    @Operation(summary = "Redeem a customer security code",
            description = "Checks the customer card number, birth date and code; on success grants access to life "
                    + "products (a new portal account: REGISTERED, or the LIFE scope on the existing one: EXTENDED). "
                    + "An unknown customer and a wrong code get the same answer. Five wrong codes lock the code.",
            security = @SecurityRequirement(name = "basic"))
    @ApiResponse(responseCode = "200", description = "Access granted",
            content = @Content(examples = @ExampleObject("{\"outcome\": \"EXTENDED\"}")))
    @ApiResponse(responseCode = "400", description = "Malformed request; no attempt is counted",
            content = @Content(examples = @ExampleObject("{\"error\": \"BAD_REQUEST\", \"message\": \"A születési dátumot ÉÉÉÉ-HH-NN formában adja meg (birthDate).\"}")))
    @ApiResponse(responseCode = "401", description = "No or wrong client credentials")
    @ApiResponse(responseCode = "422", description = "INVALID_CODE, CODE_EXPIRED or CODE_ALREADY_USED",
            content = @Content(examples = @ExampleObject("{\"error\": \"INVALID_CODE\"}")))
    @ApiResponse(responseCode = "423", description = "CODE_LOCKED: too many wrong codes",
            content = @Content(examples = @ExampleObject("{\"error\": \"CODE_LOCKED\"}")))
    @ApiResponse(responseCode = "429", description = "Too many attempts for this card number or from this client; "
            + "the Retry-After header gives the seconds to wait. No attempt is counted.",
            content = @Content(examples = @ExampleObject("{\"error\": \"TOO_MANY_REQUESTS\", \"message\": \"Túl sok próbálkozás. Próbálja újra 15 perc múlva.\"}")))
    @PostMapping(path = PATH, consumes = "application/json", produces = "application/json")
    ResponseEntity<Map<String, String>> redeem(@RequestBody RedemptionRequest request, HttpServletRequest http) {
        Optional<Duration> clientWait = rateLimits.clientAttempt(http.getRemoteUser());
        if (clientWait.isPresent()) {
            return tooManyRequests(clientWait.get());
        }
        RedemptionRequest.Parsed parsed = request.parse();
        if (parsed.isMalformed()) {
            return badRequest(parsed.problem());
        }
        Optional<Duration> cardWait = rateLimits.cardNumberAttempt(parsed.customerCardNumber());
        if (cardWait.isPresent()) {
            return tooManyRequests(cardWait.get());
        }
        RedemptionOutcome outcome = redemption.redeem(parsed.customerCardNumber(), parsed.birthDate(), parsed.code());
        if (!outcome.isSuccess()) {
            refusals.record(outcome.name());
        }
        return switch (outcome) {
            case REGISTERED, EXTENDED -> ResponseEntity.ok(Map.of("outcome", outcome.name()));
            case CODE_LOCKED -> ResponseEntity.status(HttpStatus.LOCKED).body(Map.of("error", outcome.name()));
            default -> ResponseEntity.unprocessableEntity().body(Map.of("error", outcome.name()));
        };
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
        return badRequest(RedemptionRequest.UNREADABLE);
    }

    private ResponseEntity<Map<String, String>> badRequest(String message) {
        refusals.record("BAD_REQUEST");
        return ResponseEntity.badRequest().body(Map.of("error", "BAD_REQUEST", "message", message));
    }

    private ResponseEntity<Map<String, String>> tooManyRequests(Duration wait) {
        refusals.record(PortalApiAnswers.TOO_MANY_REQUESTS);
        return PortalApiAnswers.tooManyRequests(wait, PortalApiAnswers.tooManyRequestsFields(wait));
    }
}
