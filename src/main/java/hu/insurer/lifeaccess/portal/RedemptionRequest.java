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

    static final String UNREADABLE =
            "A kérés törzse JSON objektum legyen: customerCardNumber, birthDate és code mezővel.";

    private static final Pattern CARD_NUMBER = Pattern.compile("[0-9]{1,20}");
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    /** The checked request, or the reason it is malformed. */
    public Parsed parse() {
        if (customerCardNumber == null || !CARD_NUMBER.matcher(customerCardNumber).matches()) {
            return Parsed.malformed("Az ügyfélkártyaszám 1–20 számjegyből állhat (customerCardNumber).");
        }
        Optional<LocalDate> date = date(birthDate);
        if (date.isEmpty()) {
            return Parsed.malformed("A születési dátumot ÉÉÉÉ-HH-NN formában adja meg (birthDate).");
        }
        Optional<SecurityCode> securityCode = code == null ? Optional.empty() : SecurityCodeInput.normalize(code);
        if (securityCode.isEmpty()) {
            return Parsed.malformed("A kód a 10 karakteres ügyfélbiztonsági kód, kötőjelekkel vagy anélkül (code).");
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
