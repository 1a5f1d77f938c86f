package hu.insurer.lifeaccess.requestform;

import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
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

    /** The values in the order the form shows them, each text in its composed Unicode form (NFC). */
    static Map<String, Object> of(RequestFormData data) {
        boolean registration = RequestFormData.REGISTRATION.equals(data.accessCase());
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("partnerName", data.partnerName());
        values.put("motherName", data.motherName());
        values.put("birthDate", BIRTH_DATE.format(data.birthDate()));
        values.put("customerCardNumber", data.customerCardNumber());
        values.put("mobileNumber", MobileNumbers.display(data.mobileNumber()));
        values.put("accessCase", registration
                ? "Regisztráció az Ügyfélportálra"
                : "Ügyfélportál jogosultság kibővítése élet termékekre");
        values.put("accessPurpose", registration
                ? "regisztrálhatok az Ügyfélportálra, és ott életbiztosítási szerződéseimet is megtekinthetem"
                : "a meglévő Ügyfélportál-jogosultságomat az életbiztosítási szerződéseimre is kiterjeszthetem");
        values.put("agentName", data.agentName());
        values.put("placeAndDate", data.place() + ", " + ISSUE_DATE.format(data.issueDate()));
        values.put("caseReference", data.caseReference());
        values.replaceAll((name, value) -> Normalizer.normalize(value.toString(), Normalizer.Form.NFC));
        return Collections.unmodifiableMap(values);
    }
}
