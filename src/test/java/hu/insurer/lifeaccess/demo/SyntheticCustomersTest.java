package hu.insurer.lifeaccess.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

import hu.insurer.lifeaccess.customer.Contract;
import hu.insurer.lifeaccess.customer.ContractStatus;
import hu.insurer.lifeaccess.customer.Customer;
import hu.insurer.lifeaccess.customer.CustomerPortfolio;
import hu.insurer.lifeaccess.customer.DocumentType;
import hu.insurer.lifeaccess.customer.InvalidMobileNumberException;
import hu.insurer.lifeaccess.customer.MobileNumbers;
import hu.insurer.lifeaccess.customer.ProductGroup;
import hu.insurer.lifeaccess.customer.TaxIds;
import hu.insurer.lifeaccess.portalaccess.PortalScope;

class SyntheticCustomersTest {

    private static final int COUNT = 5000;
    private static final Pattern HUNGARIAN_ACCENTS = Pattern.compile(".*[áéíóöőúüűÁÉÍÓÖŐÚÜŰ].*");
    private static final Pattern OLD_PLATE = Pattern.compile("[A-Z]{3}-[0-9]{3}");
    private static final Pattern NEW_PLATE = Pattern.compile("[A-Z]{2} [A-Z]{2}-[0-9]{3}");

    private final List<CustomerPortfolio> generated = new SyntheticCustomers(42, 0).next(COUNT);

    @Test
    void theSameSeedAndFirstIndexGiveTheSameCustomers() {
        assertThat(new SyntheticCustomers(42, 0).next(COUNT)).isEqualTo(generated);
        assertThat(new SyntheticCustomers(43, 0).next(100)).isNotEqualTo(generated.subList(0, 100));
    }

    @Test
    void aLaterRunContinuesWithOtherCardNumbersAndOtherPeople() {
        List<CustomerPortfolio> next = new SyntheticCustomers(42, COUNT).next(100);

        assertThat(next.get(0).customer().customerCardNumber()).isEqualTo("200005000");
        assertThat(next).extracting(portfolio -> portfolio.customer().birthDate())
                .isNotEqualTo(generated.subList(0, 100).stream().map(portfolio -> portfolio.customer().birthDate()).toList());
    }

    @Test
    void cardNumbersAndContractNumbersAreUnique() {
        assertThat(customers()).extracting(Customer::customerCardNumber)
                .doesNotHaveDuplicates()
                .allMatch(card -> card.matches("2[0-9]{8}"));
        assertThat(contracts()).extracting(Contract::contractNumber).doesNotHaveDuplicates();
    }

    @Test
    void namesHaveHungarianAccentsAndNamesakes() {
        List<Customer> persons = persons();
        assertThat(persons).filteredOn(person -> HUNGARIAN_ACCENTS.matcher(person.displayName()).matches())
                .hasSizeGreaterThan(COUNT / 3);
        assertThat(persons).filteredOn(person -> HUNGARIAN_ACCENTS.matcher(person.motherName()).matches())
                .hasSizeGreaterThan(COUNT / 3);
        Map<String, Long> byName = persons.stream()
                .collect(Collectors.groupingBy(Customer::displayName, Collectors.counting()));
        assertThat(byName.values()).filteredOn(count -> count > 1).hasSizeGreaterThan(100);
        assertThat(byName).containsKey("Kovács István");
    }

    @Test
    void personsHaveRealisticPersonalData() {
        assertThat(persons()).allSatisfy(person -> {
            assertThat(person.birthDate()).isBetween(LocalDate.of(1935, 1, 1), LocalDate.of(2005, 12, 31));
            assertThat(TaxIds.matchesBirthDate(person.taxId(), person.birthDate())).isTrue();
            assertThat(person.idDocumentNumber()).isNotBlank();
            assertThat(DocumentType.valueOf(person.idDocumentType())).isNotNull();
            assertThat(person.address().postcode()).matches("[1-9][0-9]{3}");
            assertThat(person.address().city()).isNotBlank();
            assertThat(person.address().street()).isNotBlank();
        });
    }

    @Test
    void mobileNumbersAreValidE164AndAboutFivePercentMissing() throws InvalidMobileNumberException {
        List<String> mobiles = customers().stream().map(Customer::mobileNumber).toList();

        assertThat(mobiles.stream().filter(Objects::isNull).count()).isBetween(COUNT * 3L / 100, COUNT * 8L / 100);
        for (String mobile : mobiles.stream().filter(Objects::nonNull).toList()) {
            assertThat(MobileNumbers.toE164(mobile)).isEqualTo(mobile);
        }
    }

    @Test
    void aboutThreePercentAreCompanies() {
        List<Customer> companies = customers().stream().filter(Customer::isCompany).toList();

        assertThat(companies.size()).isBetween(COUNT / 100, COUNT * 6 / 100);
        assertThat(companies).allSatisfy(company -> {
            assertThat(company.companyName()).matches(".* (Kft\\.|Bt\\.|Zrt\\.)");
            assertThat(company.birthDate()).isNull();
        });
    }

    @Test
    void everyCustomerHasOneToThreeContractsOfEveryProductGroupAndStatus() {
        assertThat(generated).allSatisfy(portfolio -> assertThat(portfolio.contracts()).hasSizeBetween(1, 3));
        assertThat(contracts()).extracting(Contract::productGroup).contains(ProductGroup.values());
        Map<ContractStatus, Long> byStatus = contracts().stream()
                .collect(Collectors.groupingBy(Contract::status, Collectors.counting()));
        assertThat(byStatus.keySet()).contains(ContractStatus.values());
        assertThat(byStatus.get(ContractStatus.ACTIVE)).isGreaterThan(contracts().size() / 2L);
    }

    @Test
    void motorContractsHaveHungarianLicencePlates() {
        List<String> plates = contracts().stream().filter(contract -> contract.productGroup() == ProductGroup.MOTOR)
                .map(Contract::licencePlateOrLocation).toList();

        assertThat(plates).allMatch(plate -> OLD_PLATE.matcher(plate).matches() || NEW_PLATE.matcher(plate).matches());
        assertThat(plates).anyMatch(plate -> NEW_PLATE.matcher(plate).matches());
    }

    @Test
    void somePersonsHavePortalAccountsAndSomeOfThemLifeAccess() {
        List<List<PortalScope>> scopes = generated.stream().map(CustomerPortfolio::portalScopes).toList();

        assertThat(scopes).contains(List.of(PortalScope.NON_LIFE), List.of(PortalScope.NON_LIFE, PortalScope.LIFE), List.of());
        assertThat(generated).filteredOn(portfolio -> portfolio.customer().isCompany())
                .allSatisfy(company -> assertThat(company.portalScopes()).isEmpty());
    }

    @Test
    void refusesIndexesBeyondTheCardNumberRange() {
        assertThatThrownBy(() -> new SyntheticCustomers(42, 100_000_000)).isInstanceOf(IllegalArgumentException.class);
    }

    private List<Customer> customers() {
        return generated.stream().map(CustomerPortfolio::customer).toList();
    }

    private List<Customer> persons() {
        return customers().stream().filter(customer -> !customer.isCompany()).toList();
    }

    private List<Contract> contracts() {
        return generated.stream().flatMap(portfolio -> portfolio.contracts().stream()).toList();
    }
}
