package hu.insurer.lifeaccess.portal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;

import hu.insurer.lifeaccess.securitycode.SecurityCode;
import hu.insurer.lifeaccess.securitycode.SecurityCodeInput;

/** The body of a redemption, as the portal sends it; {@link #parse()} checks it before any attempt is counted. */
public record RedemptionRequest(String customerCardNumber, String birthDate, String code) {

    private static final Pattern CARD_NUMBER = Pattern.compile("[0-9]{1,20}");
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    /** The checked request, or the reason it is malformed. */
    public Parsed parse() {
        if (customerCardNumber == null || !CARD_NUMBER.matcher(customerCardNumber).matches()) {
            return Parsed.malformed("customerCardNumber must be 1 to 20 digits");
        }
        Optional<LocalDate> date = date(birthDate);
        if (date.isEmpty()) {
            return Parsed.malformed("birthDate must be a date in the form yyyy-MM-dd");
        }
        Optional<SecurityCode> securityCode = code == null ? Optional.empty() : SecurityCodeInput.normalize(code);
        if (securityCode.isEmpty()) {
            return Parsed.malformed("code must be the 10-character security code, with or without hyphens");
        }
        return new Parsed(customerCardNumber, date.get(), securityCode.get(), null);
    }

    private static Optional<LocalDate> date(String value) {
        if (value == null || value.length() != 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value, ISO_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "RedemptionRequest[customerCardNumber=" + customerCardNumber + ", code=****]";
    }

    /** Either the three checked values or a problem; never both. */
    public record Parsed(String customerCardNumber, LocalDate birthDate, SecurityCode code, String problem) {

        static Parsed malformed(String problem) {
            return new Parsed(null, null, null, problem);
        }

        public boolean isMalformed() {
            return problem != null;
        }
    }
}
