package hu.insurer.lifeaccess.process;

import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.ACCESS_CASE_LABEL;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.CUSTOMER_CONTRACTS;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.MOBILE_NUMBER_VALID;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.PARTNER_BIRTH_DATE;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.PARTNER_CUSTOMER_CARD_NUMBER;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.PARTNER_MOBILE_NUMBER;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.PARTNER_MOTHER_NAME;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.PARTNER_NAME;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import hu.insurer.lifeaccess.customer.Contract;
import hu.insurer.lifeaccess.customer.Customer;
import hu.insurer.lifeaccess.customer.MobileNumbers;
import hu.insurer.lifeaccess.eligibility.AccessCase;

/** The seed's "Partneradatok" screen as form variables: only what the agent must see, already formatted. */
final class PartnerDataScreen {

    static final String NO_MOBILE_NUMBER = "nincs megadva";
    /** The keys of a contract row: the partner data form's table shows these columns (ModelContractTest). */
    static final Set<String> CONTRACT_COLUMNS = Set.of("contractNumber", "product", "status", "riskStart", "riskEnd",
            "licencePlateOrLocation", "ownCare");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy.MM.dd");

    static Map<String, Object> variables(Customer customer, List<Contract> contracts) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(PARTNER_NAME, customer.displayName());
        variables.put(PARTNER_MOTHER_NAME, orEmpty(customer.motherName()));
        variables.put(PARTNER_BIRTH_DATE, date(customer.birthDate()));
        variables.put(PARTNER_CUSTOMER_CARD_NUMBER, customer.customerCardNumber());
        variables.putAll(mobileNumber(customer.mobileNumber()));
        variables.put(CUSTOMER_CONTRACTS, JsonVariables.json(contracts.stream()
                .map(PartnerDataScreen::contractRow).toList()));
        return variables;
    }

    /** The mobile number as the screen shows it, and whether a code can be sent to it. */
    static Map<String, Object> mobileNumber(String e164) {
        return Map.of(
                PARTNER_MOBILE_NUMBER, e164 == null ? NO_MOBILE_NUMBER : MobileNumbers.display(e164),
                MOBILE_NUMBER_VALID, MobileNumbers.isSendable(e164));
    }

    static String accessCaseLabel(AccessCase accessCase) {
        return switch (accessCase) {
            case REGISTRATION -> "Regisztráció az Ügyfélportálra (élet termékekkel)";
            case EXTENSION -> "Meglévő Ügyfélportál jogosultság kibővítése élet termékekre";
        };
    }

    static Map<String, Object> accessCase(AccessCase accessCase) {
        return Map.of(ACCESS_CASE_LABEL, accessCaseLabel(accessCase));
    }

    /**
     * The seed's "Szerződés találati lista" columns but "Szerződő neve": these are the contracts of which the partner
     * shown above is the contracting party, and the extra column would not fit beside Tasklist's task list.
     */
    private static Map<String, String> contractRow(Contract contract) {
        return Map.of(
                "contractNumber", contract.contractNumber(),
                "product", contract.productCode() + " – " + contract.productName(),
                "status", contract.status().displayName(),
                "riskStart", date(contract.riskStart()),
                "riskEnd", date(contract.riskEnd()),
                "licencePlateOrLocation", orEmpty(contract.licencePlateOrLocation()),
                "ownCare", contract.ownCare() ? "Igen" : "Nem");
    }

    private static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private PartnerDataScreen() {
    }
}
