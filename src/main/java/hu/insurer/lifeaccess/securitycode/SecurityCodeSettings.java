package hu.insurer.lifeaccess.securitycode;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the security code, bound from {@code life-access.security-code.*}. Checked when bound, so a wrong
 * value stops the application at start-up.
 *
 * <p>Not registered here: enable it with {@code @EnableConfigurationProperties(SecurityCodeSettings.class)} or
 * {@code @ConfigurationPropertiesScan}.
 *
 * @param hmacKey           secret key of the stored hash ({@link SecurityCodeHasher}), at least
 *                          {@value SecurityCodeHasher#MIN_KEY_LENGTH} characters; no default (the development key is
 *                          in application.yaml, the prod profile takes it from {@code SECURITY_CODE_HMAC_KEY})
 * @param validity          how long a code can be redeemed after it is issued; default 7 days, because NIST SP
 *                          800-63A allows an enrollment code sent after in-person identity proofing to be valid for
 *                          at most 7 days. Must be positive and at most {@link #MAX_VALIDITY 30 days} (anything over 7
 *                          days goes beyond that NIST limit and needs a reason)
 * @param maxFailedAttempts wrong codes that lock a code; default 5, allowed 1 to 10
 */
@ConfigurationProperties("life-access.security-code")
public record SecurityCodeSettings(
        @JsonIgnore String hmacKey,
        @DefaultValue("7d") Duration validity,
        @DefaultValue("5") int maxFailedAttempts) {

    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(7);
    public static final Duration MAX_VALIDITY = Duration.ofDays(30);
    public static final int DEFAULT_MAX_FAILED_ATTEMPTS = 5;
    public static final int MIN_FAILED_ATTEMPTS = 1;
    public static final int MAX_FAILED_ATTEMPTS = 10;

    private static final String PREFIX = "life-access.security-code.";

    /**
     * @throws IllegalArgumentException when a value is out of range (the message never contains the key)
     */
    public SecurityCodeSettings {
        SecurityCodeHasher.requireUsableKey(hmacKey);
        if (validity == null) {
            validity = DEFAULT_VALIDITY;
        }
        if (validity.isNegative() || validity.isZero() || validity.compareTo(MAX_VALIDITY) > 0) {
            throw new IllegalArgumentException(PREFIX + "validity must be positive and at most 30 days, not "
                    + validity);
        }
        if (maxFailedAttempts < MIN_FAILED_ATTEMPTS || maxFailedAttempts > MAX_FAILED_ATTEMPTS) {
            throw new IllegalArgumentException(PREFIX + "max-failed-attempts must be between " + MIN_FAILED_ATTEMPTS
                    + " and " + MAX_FAILED_ATTEMPTS + ", not " + maxFailedAttempts);
        }
    }

    /** Does not print the key. */
    @Override
    public String toString() {
        return "SecurityCodeSettings[hmacKey=****, validity=" + validity + ", maxFailedAttempts=" + maxFailedAttempts
                + "]";
    }
}
