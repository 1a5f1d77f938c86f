package hu.insurer.lifeaccess.demo;

import static hu.insurer.lifeaccess.customer.ContractStatus.ACTIVE;
import static hu.insurer.lifeaccess.customer.ContractStatus.CANCELLED;
import static hu.insurer.lifeaccess.customer.ProductGroup.CLASSIC;
import static hu.insurer.lifeaccess.customer.ProductGroup.HOME;
import static hu.insurer.lifeaccess.customer.ProductGroup.LIFE_PROGRAM;
import static hu.insurer.lifeaccess.customer.ProductGroup.MOTOR;
import static hu.insurer.lifeaccess.customer.ProductGroup.TRAVEL;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import hu.insurer.lifeaccess.customer.Contract;
import hu.insurer.lifeaccess.customer.Customer;
import hu.insurer.lifeaccess.customer.CustomerRepository;
import hu.insurer.lifeaccess.customer.CustomerType;
import hu.insurer.lifeaccess.customer.ProductGroup;
import hu.insurer.lifeaccess.portalaccess.PortalAccountRepository;
import hu.insurer.lifeaccess.portalaccess.PortalScope;

/**
 * The hand-made demo customers (README, "Demo customers"), one per eligibility rule. Loaded at start unless already there
 * (keyed by customer card number), never under the prod profile.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "life-access.demo.enabled", havingValue = "true")
public class DemoCustomers implements ApplicationRunner {

    /** Dorottya Katalin, eligible for an extension: the customer of the README's story. */
    public static final String DOROTTYA_CARD_NUMBER = "123456789";
    public static final String DOROTTYA_MOBILE_NUMBER = "+36301234567";

    private static final Logger LOG = LoggerFactory.getLogger(DemoCustomers.class);

    private final CustomerRepository customers;
    private final PortalAccountRepository portalAccounts;

    public DemoCustomers(CustomerRepository customers, PortalAccountRepository portalAccounts) {
        this.customers = customers;
        this.portalAccounts = portalAccounts;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (customers.findIdByCardNumber(DOROTTYA_CARD_NUMBER).isPresent()) {
            return;
        }
        long dorottya = customers.insert(person("Dorottya", "Katalin", "Magdolna István", LocalDate.of(1970, 1, 1),
                "Budapest", "8376200011", "ID_CARD", "123456AB",
                new Customer.Address("HU", "1138", "Budapest", "Váci út", "12. 3/4"), DOROTTYA_CARD_NUMBER,
                DOROTTYA_MOBILE_NUMBER));
        customers.insertContract(life(dorottya, "AHEV00012345", "ULA", "Életprogram", LIFE_PROGRAM,
                LocalDate.of(2012, 10, 4)));
        customers.insertContract(nonLife(dorottya, "GFB00045678", "GFB", "Kötelező gépjármű-felelősségbiztosítás",
                MOTOR, "ABC-123"));
        portalAccounts.open(dorottya, List.of(PortalScope.NON_LIFE));

        long istvan1965 = customers.insert(person("Kovács", "István", "Tóth Mária", LocalDate.of(1965, 3, 15),
                "Debrecen", null, "ID_CARD", "234567BC",
                new Customer.Address("HU", "4025", "Debrecen", "Piac utca", "20."), "100000001", "+36207654321"));
        customers.insertContract(life(istvan1965, "AHEV00023456", "KLA", "Klasszikus életbiztosítás", CLASSIC,
                LocalDate.of(2015, 5, 1)));

        long gyozo = customers.insert(person("Szabó", "Győző", "Fekete Ilona", LocalDate.of(1958, 11, 30),
                "Győr", null, "PASSPORT", "BA1234567",
                new Customer.Address("HU", "9021", "Győr", "Széchenyi tér", "5."), "100000002", null));
        customers.insertContract(life(gyozo, "AHEV00034567", "ULA", "Életprogram", LIFE_PROGRAM,
                LocalDate.of(2018, 2, 15)));

        long eva = customers.insert(person("Nagy", "Éva", "Kiss Erzsébet", LocalDate.of(1982, 6, 9),
                "Szeged", null, "ID_CARD", "345678CD",
                new Customer.Address("HU", "6720", "Szeged", "Kárász utca", "8. 1/2"), "100000003", "+36701112233"));
        customers.insertContract(nonLife(eva, "OTT00056789", "OTT", "Otthonbiztosítás", HOME,
                "6720 Szeged, Kárász utca 8."));
        customers.insertContract(nonLife(eva, "UTA00067890", "UTA", "Utasbiztosítás", TRAVEL, "Európa"));

        long odon = customers.insert(person("Tóth", "Ödön", "Varga Zsuzsanna", LocalDate.of(1975, 9, 21),
                "Pécs", null, "DRIVING_LICENCE", "PK123456",
                new Customer.Address("HU", "7621", "Pécs", "Király utca", "33."), "100000004", "+36305556677"));
        customers.insertContract(life(odon, "AHEV00045678", "ULA", "Életprogram", LIFE_PROGRAM,
                LocalDate.of(2010, 3, 1)));
        portalAccounts.open(odon, List.of(PortalScope.NON_LIFE, PortalScope.LIFE));

        long company = customers.insert(new Customer(null, CustomerType.COMPANY, null, null, "Kis és Társa Kft.", null,
                null, null, null, null, null, null,
                new Customer.Address("HU", "1051", "Budapest", "Nádor utca", "7."), "100000005", "+36301239876", true));
        customers.insertContract(life(company, "AHEV00056789", "KLA", "Klasszikus életbiztosítás", CLASSIC,
                LocalDate.of(2019, 1, 1)));

        long anna = customers.insert(person("Horváth", "Anna", "Molnár Katalin", LocalDate.of(1990, 12, 24),
                "Miskolc", null, "ID_CARD", "456789DE",
                new Customer.Address("HU", "3525", "Miskolc", "Széchenyi István út", "40."), "100000006",
                "+36209998877"));
        customers.insertContract(new Contract(null, "AHEV00067890", "ULA", "Életprogram", LIFE_PROGRAM, anna,
                CANCELLED, LocalDate.of(2014, 4, 1), LocalDate.of(2021, 3, 31), null, false, false));

        long istvan1980 = customers.insert(person("Kovács", "István", "Szűcs Piroska", LocalDate.of(1980, 7, 22),
                "Budapest", null, "ID_CARD", "567890EF",
                new Customer.Address("HU", "1117", "Budapest", "Október huszonharmadika utca", "9. 2/7"), "100000007",
                "+36304443322"));
        customers.insertContract(nonLife(istvan1980, "GFB00078901", "CASCO", "Casco", MOTOR, "KIS-765"));

        LOG.info("Demo customers loaded (card numbers 123456789 and 100000001-100000007)");
    }

    private static Customer person(String family, String given, String mother, LocalDate birthDate, String birthPlace,
            String taxId, String documentType, String documentNumber, Customer.Address address, String card,
            String mobile) {
        return new Customer(null, CustomerType.PERSON, family, given, null, family + " " + given, mother, birthDate,
                birthPlace, taxId, documentType, documentNumber, address, card, mobile, true);
    }

    private static Contract life(long party, String number, String code, String name, ProductGroup group,
            LocalDate start) {
        return new Contract(null, number, code, name, group, party, ACTIVE, start, null, null, true, false);
    }

    private static Contract nonLife(long party, String number, String code, String name, ProductGroup group,
            String plateOrLocation) {
        return new Contract(null, number, code, name, group, party, ACTIVE, LocalDate.of(2020, 1, 1), null,
                plateOrLocation, false, group == MOTOR);
    }
}
