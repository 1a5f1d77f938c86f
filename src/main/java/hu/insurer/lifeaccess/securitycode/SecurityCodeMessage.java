package hu.insurer.lifeaccess.securitycode;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * The SMS that carries a security code to the customer, in Hungarian:
 *
 * <pre>
 * Ügyfélbiztonsági kódja: 7KQ4-M9XW-2P
 * Ügyfélportálon használható 2025.06.13. 14:30-ig.
 * Ne adja ki senkinek, munkatársaink sem kérik.
 * </pre>
 *
 * <p>Always {@value #TEXT_LENGTH} characters. The accented letters (á, ó) are outside the GSM 7-bit alphabet, so the
 * SMS goes as UCS-2: 2 segments of 67 characters. It carries no link on purpose (customers are told not to follow
 * links in SMS).
 *
 * <p>The expiry is shown in Budapest time as {@code yyyy.MM.dd. HH:mm}; seconds are cut off, so the SMS never
 * promises more time than the code has.
 *
 * <p>The text contains the plain code: hand it only to the SMS gateway. {@link #toString()} is redacted and there is
 * no bean-style getter, so neither logging nor JSON serialisation shows it.
 */
public final class SecurityCodeMessage {

    /** Length of every {@link #text()}. */
    public static final int TEXT_LENGTH = 131;

    /** Time zone the expiry is shown in. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Budapest");

    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("uuuu.MM.dd. HH:mm", Locale.ROOT);

    private final String text;
    private final ZonedDateTime expiresAt;

    private SecurityCodeMessage(String text, ZonedDateTime expiresAt) {
        this.text = text;
        this.expiresAt = expiresAt;
    }

    /**
     * @param code      the new code
     * @param expiresAt when the code stops being redeemable, in any time zone
     */
    public static SecurityCodeMessage of(SecurityCode code, ZonedDateTime expiresAt) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(expiresAt, "expiresAt");
        ZonedDateTime local = expiresAt.withZoneSameInstant(ZONE);
        String text = "Ügyfélbiztonsági kódja: " + code.grouped() + "\n"
                + "Ügyfélportálon használható " + EXPIRY.format(local) + "-ig.\n"
                + "Ne adja ki senkinek, munkatársaink sem kérik.";
        return new SecurityCodeMessage(text, local);
    }

    /** The SMS text, with the code in it: for the SMS gateway only. */
    public String text() {
        return text;
    }

    /** The expiry, in {@link #ZONE}. */
    public ZonedDateTime expiresAt() {
        return expiresAt;
    }

    /** Redacted: shows the expiry, never the text. */
    @Override
    public String toString() {
        return "SecurityCodeMessage[expiresAt=" + expiresAt + ", text=****]";
    }
}
