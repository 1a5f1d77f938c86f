package hu.insurer.lifeaccess.requestform;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import hu.insurer.lifeaccess.customer.MobileNumbers;


/** Turns {@link RequestFormData} into the template's parameters: every value already formatted in Hungarian. */
final class RequestFormParameters {

    private static final Locale HUNGARIAN = Locale.forLanguageTag("hu-HU");
    private static final DateTimeFormatter BIRTH_DATE = DateTimeFormatter.ofPattern("yyyy.MM.dd.", HUNGARIAN);
    private static final DateTimeFormatter ISSUE_DATE = DateTimeFormatter.ofPattern("yyyy. MMMM d.", HUNGARIAN);

    private RequestFormParameters() {
    }

    static Map<String, Object> of(RequestFormData data) {
        boolean registration = RequestFormData.REGISTRATION.equals(data.accessCase());
        return Map.of(
                "partnerName", data.partnerName(),
                "motherName", data.motherName(),
                "birthDate", BIRTH_DATE.format(data.birthDate()),
                "customerCardNumber", data.customerCardNumber(),
                "mobileNumber", MobileNumbers.display(data.mobileNumber()),
                "accessCase", registration
                        ? "Regisztráció az Ügyfélportálra"
                        : "Ügyfélportál jogosultság kibővítése élet termékekre",
                "accessPurpose", registration
                        ? "regisztrálhatok az Ügyfélportálra, és ott életbiztosítási szerződéseimet is megtekinthetem"
                        : "a meglévő Ügyfélportál-jogosultságomat az életbiztosítási szerződéseimre is kiterjeszthetem",
                "agentName", data.agentName(),
                "placeAndDate", data.place() + ", " + ISSUE_DATE.format(data.issueDate()),
                "caseReference", data.caseReference());
    }
}
