package hu.insurer.lifeaccess.customer.search;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import hu.insurer.lifeaccess.customer.CustomerType;
import hu.insurer.lifeaccess.customer.DocumentType;
import hu.insurer.lifeaccess.customer.ProductGroup;
import hu.insurer.lifeaccess.customer.TaxIds;

/**
 * Server-side check of the customer search form: Tasklist validates only in the browser, so every rule is here again.
 * Messages are Hungarian, for the agent.
 */
@Component
public final class CustomerSearchCriteriaValidator {

    static final String NO_IDENTIFYING_CRITERION =
            "Adjon meg legalább egy keresési feltételt (pl. név, születési dátum, ügyfélkártyaszám).";
    static final String CUSTOMER_TYPE_MISSING = "Adja meg az ügyféltípust (Személy vagy Cég).";
    static final String CUSTOMER_TYPE_UNKNOWN = "Az ügyféltípus csak Személy vagy Cég lehet.";
    static final String BIRTH_DATE_MALFORMED = "A születési dátumot ÉÉÉÉ-HH-NN formában adja meg (pl. 1970-01-31).";
    static final String BIRTH_DATE_IN_FUTURE = "A születési dátum nem lehet jövőbeli.";
    static final String BIRTH_DATE_TOO_EARLY = "A születési dátum nem lehet 1900. január 1. előtti.";
    static final String DOCUMENT_TYPE_UNKNOWN =
            "Az okmánytípus csak személyazonosító igazolvány, útlevél vagy vezetői engedély lehet.";
    static final String TAX_ID_FORMAT = "Az adóazonosító jel 10 számjegyből áll.";
    static final String TAX_ID_INVALID =
            "Az adóazonosító jel érvénytelen: 8-as számjeggyel kezdődik, és az utolsó számjegye ellenőrző szám.";
    static final String TAX_ID_BIRTH_DATE_MISMATCH = "Az adóazonosító jel nem egyezik a megadott születési dátummal.";
    static final String COUNTRY_UNKNOWN = "Az országot kétbetűs nemzetközi országkóddal adja meg (pl. HU).";
    static final String CUSTOMER_CARD_NUMBER_FORMAT = "Az ügyfélkártyaszám legfeljebb 20 számjegyből állhat.";
    static final String PRODUCT_GROUP_UNKNOWN =
            "A termékcsoport csak Életprogram, Klasszikus, Gépjármű, Lakás vagy Utazás lehet.";

    static final int MAX_NAME = 100;
    static final int MAX_DOCUMENT_NUMBER = 30;
    static final int MAX_POSTCODE_CITY = 100;
    static final int MAX_STREET = 200;
    static final int MAX_HOUSE_NUMBER = 50;
    static final int MAX_CONTRACT_NUMBER = 30;
    static final int MAX_LICENCE_PLATE = 20;

    private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);
    private static final Pattern TEN_DIGITS = Pattern.compile("[0-9]{10}");
    private static final Pattern CUSTOMER_CARD_NUMBER = Pattern.compile("[0-9]{1,20}");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final Clock clock;

    /** @param clock its zone decides which day is "today" for the birth date */
    public CustomerSearchCriteriaValidator(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The problems with the criteria, empty when the search may run. */
    public List<String> validate(CustomerSearchCriteria criteria) {
        List<String> problems = new ArrayList<>();
        if (!criteria.hasIdentifyingCriterion()) {
            problems.add(NO_IDENTIFYING_CRITERION);
        }
        checkCustomerType(criteria.customerType(), problems);
        checkLength(criteria.name(), MAX_NAME, "A név", problems);
        checkLength(criteria.motherName(), MAX_NAME, "Az anyja neve", problems);
        Optional<LocalDate> birthDate = checkBirthDate(criteria, problems);
        if (criteria.documentType() != null && !isConstantOf(DocumentType.values(), criteria.documentType())) {
            problems.add(DOCUMENT_TYPE_UNKNOWN);
        }
        checkLength(criteria.documentNumber(), MAX_DOCUMENT_NUMBER, "Az okmányszám", problems);
        checkTaxId(criteria.taxId(), birthDate, problems);
        if (criteria.country() != null && !COUNTRIES.contains(criteria.country())) {
            problems.add(COUNTRY_UNKNOWN);
        }
        checkLength(criteria.postcodeCity(), MAX_POSTCODE_CITY, "Az irányítószám, helység", problems);
        checkLength(criteria.street(), MAX_STREET, "Az utcanév", problems);
        checkLength(criteria.houseNumber(), MAX_HOUSE_NUMBER, "A házszám, emelet, ajtó", problems);
        if (criteria.customerCardNumber() != null
                && !CUSTOMER_CARD_NUMBER.matcher(criteria.customerCardNumber()).matches()) {
            problems.add(CUSTOMER_CARD_NUMBER_FORMAT);
        }
        checkLength(criteria.contractNumber(), MAX_CONTRACT_NUMBER, "A szerződésszám", problems);
        checkLength(criteria.licencePlate(), MAX_LICENCE_PLATE, "A rendszám", problems);
        if (criteria.productGroup() != null && !isConstantOf(ProductGroup.values(), criteria.productGroup())) {
            problems.add(PRODUCT_GROUP_UNKNOWN);
        }
        return List.copyOf(problems);
    }

    private static void checkCustomerType(String customerType, List<String> problems) {
        if (customerType == null) {
            problems.add(CUSTOMER_TYPE_MISSING);
        } else if (!isConstantOf(CustomerType.values(), customerType)) {
            problems.add(CUSTOMER_TYPE_UNKNOWN);
        }
    }

    private Optional<LocalDate> checkBirthDate(CustomerSearchCriteria criteria, List<String> problems) {
        Optional<LocalDate> birthDate = criteria.parsedBirthDate();
        if (criteria.birthDate() != null && birthDate.isEmpty()) {
            problems.add(BIRTH_DATE_MALFORMED);
        }
        birthDate.ifPresent(date -> {
            if (date.isAfter(LocalDate.now(clock))) {
                problems.add(BIRTH_DATE_IN_FUTURE);
            } else if (date.isBefore(EARLIEST_BIRTH_DATE)) {
                problems.add(BIRTH_DATE_TOO_EARLY);
            }
        });
        return birthDate;
    }

    private static void checkTaxId(String taxId, Optional<LocalDate> birthDate, List<String> problems) {
        if (taxId == null) {
            return;
        }
        if (!TEN_DIGITS.matcher(taxId).matches()) {
            problems.add(TAX_ID_FORMAT);
        } else if (!TaxIds.isValid(taxId)) {
            problems.add(TAX_ID_INVALID);
        } else if (birthDate.isPresent() && !TaxIds.matchesBirthDate(taxId, birthDate.get())) {
            problems.add(TAX_ID_BIRTH_DATE_MISMATCH);
        }
    }

    private static void checkLength(String value, int maxLength, String field, List<String> problems) {
        if (value != null && value.length() > maxLength) {
            problems.add(field + " legfeljebb " + maxLength + " karakter lehet.");
        }
    }

    private static boolean isConstantOf(Enum<?>[] constants, String name) {
        return Arrays.stream(constants).anyMatch(constant -> constant.name().equals(name));
    }
}
