package hu.insurer.lifeaccess.customer;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Hungarian personal tax id (adóazonosító jel): {@code 8}, five digits counting the days from 1867-01-01 to the
 * birth date, a three-digit serial, and a check digit (sum of digit × position for positions 1–9, modulo 11).
 */
public final class TaxIds {

    private static final LocalDate DAY_ZERO = LocalDate.of(1867, 1, 1);

    private static final Pattern FORMAT = Pattern.compile("8[0-9]{9}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private TaxIds() {
    }

    /** Removes the spaces agents type for readability ("8 37620 1239"); {@code null} stays {@code null}. */
    public static String normalize(String input) {
        return input == null ? null : WHITESPACE.matcher(input).replaceAll("");
    }

    public static boolean isValid(String taxId) {
        String digits = normalize(taxId);
        return digits != null && FORMAT.matcher(digits).matches()
                && checkDigit(digits) == Character.digit(digits.charAt(9), 10);
    }

    /** Whether the tax id is valid and encodes this birth date. */
    public static boolean matchesBirthDate(String taxId, LocalDate birthDate) {
        Objects.requireNonNull(birthDate, "birthDate");
        return isValid(taxId)
                && Long.parseLong(normalize(taxId).substring(1, 6)) == ChronoUnit.DAYS.between(DAY_ZERO, birthDate);
    }

    /** The tax id of this birth date and serial (0–999); empty when no valid tax id has them (check digit 10). */
    public static Optional<String> of(LocalDate birthDate, int serial) {
        String daysAndSerial = String.format("8%05d%03d", ChronoUnit.DAYS.between(DAY_ZERO, birthDate), serial);
        int checkDigit = checkDigit(daysAndSerial);
        return checkDigit == 10 ? Optional.empty() : Optional.of(daysAndSerial + checkDigit);
    }

    /** The check digit of the first nine digits; 10 means no valid tax id starts with them. */
    static int checkDigit(String digits) {
        int sum = 0;
        for (int position = 1; position <= 9; position++) {
            sum += Character.digit(digits.charAt(position - 1), 10) * position;
        }
        return sum % 11;
    }
}
