package hu.insurer.lifeaccess.portal;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import hu.insurer.lifeaccess.securitycode.RedemptionOutcome;
import hu.insurer.lifeaccess.securitycode.SecurityCodeRedemption;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

/** The customer portal redeems a security code; HTTP Basic as a user of group portal-clients. */
@RestController
class PortalRedemptionController {

    static final String PATH = "/api/portal/security-code-redemptions";

    private final SecurityCodeRedemption redemption;

    PortalRedemptionController(SecurityCodeRedemption redemption) {
        this.redemption = redemption;
    }

    @Operation(summary = "Redeem a customer security code",
            description = "Checks the customer card number, birth date and code; on success grants access to life "
                    + "products (a new portal account: REGISTERED, or the LIFE scope on the existing one: EXTENDED). "
                    + "An unknown customer and a wrong code get the same answer. Five wrong codes lock the code.",
            security = @SecurityRequirement(name = "basic"))
    @ApiResponse(responseCode = "200", description = "Access granted",
            content = @Content(examples = @ExampleObject("{\"outcome\": \"EXTENDED\"}")))
    @ApiResponse(responseCode = "400", description = "Malformed request; no attempt is counted",
            content = @Content(examples = @ExampleObject("{\"error\": \"BAD_REQUEST\", \"message\": \"birthDate must be a date in the form yyyy-MM-dd\"}")))
    @ApiResponse(responseCode = "401", description = "No or wrong credentials")
    @ApiResponse(responseCode = "403", description = "The user is not in group portal-clients")
    @ApiResponse(responseCode = "422", description = "INVALID_CODE, CODE_EXPIRED or CODE_ALREADY_USED",
            content = @Content(examples = @ExampleObject("{\"error\": \"INVALID_CODE\"}")))
    @ApiResponse(responseCode = "423", description = "CODE_LOCKED: too many wrong codes",
            content = @Content(examples = @ExampleObject("{\"error\": \"CODE_LOCKED\"}")))
    @PostMapping(path = PATH, consumes = "application/json", produces = "application/json")
    ResponseEntity<Map<String, String>> redeem(@RequestBody RedemptionRequest request) {
        RedemptionRequest.Parsed parsed = request.parse();
        if (parsed.isMalformed()) {
            return badRequest(parsed.problem());
        }
        RedemptionOutcome outcome = redemption.redeem(parsed.customerCardNumber(), parsed.birthDate(), parsed.code());
        return switch (outcome) {
            case REGISTERED, EXTENDED -> ResponseEntity.ok(Map.of("outcome", outcome.name()));
            case CODE_LOCKED -> ResponseEntity.status(HttpStatus.LOCKED).body(Map.of("error", outcome.name()));
            default -> ResponseEntity.unprocessableEntity().body(Map.of("error", outcome.name()));
        };
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
        return badRequest("the body must be a JSON object with customerCardNumber, birthDate and code");
    }

    static ResponseEntity<Map<String, String>> badRequest(String message) {
        return ResponseEntity.badRequest().body(Map.of("error", "BAD_REQUEST", "message", message));
    }
}
