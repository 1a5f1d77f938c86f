package hu.insurer.lifeaccess.customer;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Mobile numbers as agents type them (Hungarian "06" trunk prefix, "0036" or "+36", foreign numbers with "+"),
 * stored and sent in E.164.
 */
public final class MobileNumbers {

    public static final int MAX_INPUT_LENGTH = 40;

    static final String MISSING = "Adja meg a mobiltelefonszámot.";
    static final String TOO_LONG = "A mobiltelefonszám legfeljebb " + MAX_INPUT_LENGTH + " karakter lehet.";
    static final String NOT_A_NUMBER = "A megadott érték nem érvényes telefonszám. Adja meg például "
            + "+36 30 123 4567 vagy 06 30 123 4567 formában; külföldi számot +országkóddal.";
    static final String LANDLINE = "A megadott szám vezetékes telefonszám. Az ügyfélbiztonsági kódot csak "
            + "mobiltelefonszámra lehet SMS-ben elküldeni.";
    static final String NOT_MOBILE = "A megadott szám nem mobiltelefonszám. Az ügyfélbiztonsági kódot csak "
            + "mobiltelefonszámra lehet SMS-ben elküldeni.";

    private static final String DEFAULT_REGION = "HU";
    private static final PhoneNumberUtil PHONE_NUMBERS = PhoneNumberUtil.getInstance();
    // libphonenumber would read letters as a vanity number ("ABC" → 222) and "ext." as an extension: refuse both.
    private static final Pattern TYPED_NUMBER = Pattern.compile("\\+?[0-9()\\-/.\\s\\u00A0]+");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    // In some countries (e.g. the US) a number does not tell whether it is a mobile.
    private static final Set<PhoneNumberType> SMS_CAPABLE = Set.of(PhoneNumberType.MOBILE,
            PhoneNumberType.FIXED_LINE_OR_MOBILE);
    private static final int VISIBLE_DIGITS = 4;

    private MobileNumbers() {
    }

    /** Returns the number in E.164 (e.g. {@code +36301234567}), or refuses it with a Hungarian message. */
    public static String toE164(String input) throws InvalidMobileNumberException {
        String typed = input == null ? "" : input.strip();
        if (typed.isEmpty()) {
            throw new InvalidMobileNumberException(MISSING);
        }
        if (typed.length() > MAX_INPUT_LENGTH) {
            throw new InvalidMobileNumberException(TOO_LONG);
        }
        if (!TYPED_NUMBER.matcher(typed).matches()) {
            throw new InvalidMobileNumberException(NOT_A_NUMBER);
        }
        PhoneNumber number = parse(typed);
        if (!PHONE_NUMBERS.isValidNumber(number)) {
            throw new InvalidMobileNumberException(NOT_A_NUMBER);
        }
        PhoneNumberType type = PHONE_NUMBERS.getNumberType(number);
        if (type == PhoneNumberType.FIXED_LINE) {
            throw new InvalidMobileNumberException(LANDLINE);
        }
        if (!SMS_CAPABLE.contains(type)) {
            throw new InvalidMobileNumberException(NOT_MOBILE);
        }
        return PHONE_NUMBERS.format(number, PhoneNumberFormat.E164);
    }

    /** {@code +36301234567} → {@code +36 30 123 4567}, as people read it; a number that does not parse is shown as given. */
    public static String display(String e164) {
        try {
            return PHONE_NUMBERS.format(PHONE_NUMBERS.parse(e164, DEFAULT_REGION), PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException notANumber) {
            return e164;
        }
    }

    /**
     * Masks an E.164 number for screens and logs: country code, one star per hidden digit, the last four digits,
     * e.g. {@code +36301234567} → {@code +36 ***** 4567}.
     *
     * @throws IllegalArgumentException when the argument is not in E.164
     */
    public static String mask(String e164) {
        Objects.requireNonNull(e164, "e164");
        if (!E164.matcher(e164).matches()) {
            throw new IllegalArgumentException("Not an E.164 number");
        }
        PhoneNumber number;
        try {
            number = PHONE_NUMBERS.parse(e164, null);
        } catch (NumberParseException e) {
            throw new IllegalArgumentException("Not an E.164 number", e);
        }
        String digits = e164.substring(1);
        String countryCode = String.valueOf(number.getCountryCode());
        String national = digits.substring(countryCode.length());
        int hidden = Math.max(0, national.length() - VISIBLE_DIGITS);
        return "+" + countryCode + " " + "*".repeat(hidden) + " " + national.substring(hidden);
    }

    private static PhoneNumber parse(String typed) throws InvalidMobileNumberException {
        try {
            return PHONE_NUMBERS.parse(typed, DEFAULT_REGION);
        } catch (NumberParseException e) {
            throw new InvalidMobileNumberException(NOT_A_NUMBER);
        }
    }

    /** Whether a code can be sent to this stored number (absent, or no longer a valid mobile number: no). */
    public static boolean isSendable(String e164) {
        if (e164 == null) {
            return false;
        }
        try {
            toE164(e164);
            return true;
        } catch (InvalidMobileNumberException e) {
            return false;
        }
    }
}
