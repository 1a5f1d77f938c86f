package hu.insurer.lifeaccess.customer;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Builds valid tax ids for test data, independently of {@link TaxIds}. */
public final class TestTaxIds {

    private TestTaxIds() {
    }

    /** The valid tax id with the lowest serial from {@code firstSerial} for this birth date. */
    public static String forBirthDate(LocalDate birthDate, int firstSerial) {
        long days = ChronoUnit.DAYS.between(LocalDate.of(1867, 1, 1), birthDate);
        for (int serial = firstSerial; serial <= 999; serial++) {
            String nine = String.format("8%05d%03d", days, serial);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (nine.charAt(i) - '0') * (i + 1);
            }
            if (sum % 11 < 10) {
                return nine + sum % 11;
            }
        }
        throw new IllegalArgumentException("No valid serial from " + firstSerial);
    }

    public static String forBirthDate(LocalDate birthDate) {
        return forBirthDate(birthDate, 0);
    }
}
