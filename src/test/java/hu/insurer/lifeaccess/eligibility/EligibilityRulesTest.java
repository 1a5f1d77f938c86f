package hu.insurer.lifeaccess.eligibility;

import static hu.insurer.lifeaccess.customer.ContractStatus.ACTIVE;
import static hu.insurer.lifeaccess.customer.ContractStatus.CANCELLED;
import static hu.insurer.lifeaccess.customer.ContractStatus.EXPIRED;
import static hu.insurer.lifeaccess.customer.ContractStatus.LAPSED;
import static hu.insurer.lifeaccess.customer.CustomerType.COMPANY;
import static hu.insurer.lifeaccess.customer.CustomerType.PERSON;
import static hu.insurer.lifeaccess.customer.PortalScope.LIFE;
import static hu.insurer.lifeaccess.customer.PortalScope.NON_LIFE;
import static hu.insurer.lifeaccess.customer.ProductGroup.CLASSIC;
import static hu.insurer.lifeaccess.customer.ProductGroup.HOME;
import static hu.insurer.lifeaccess.customer.ProductGroup.LIFE_PROGRAM;
import static hu.insurer.lifeaccess.customer.ProductGroup.MOTOR;
import static hu.insurer.lifeaccess.customer.ProductGroup.TRAVEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hu.insurer.lifeaccess.customer.ContractStatus;
import hu.insurer.lifeaccess.customer.CustomerType;
import hu.insurer.lifeaccess.customer.PortalAccess;
import hu.insurer.lifeaccess.customer.ProductGroup;
import hu.insurer.lifeaccess.eligibility.EligibilityFacts.Contract;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EligibilityRulesTest {

    private final EligibilityRules rules = new EligibilityRules();

    @Test
    void personWithActiveLifeProgramAndNoAccountRegisters() {
        EligibilityDecision decision = rules.decide(person(List.of(contract(LIFE_PROGRAM, ACTIVE)), PortalAccess.noAccount()));

        assertThat(decision).isEqualTo(new EligibilityDecision(true, AccessCase.REGISTRATION, null));
    }

    @Test
    void personWithActiveClassicAndNonLifeAccountExtends() {
        EligibilityDecision decision = rules.decide(person(List.of(contract(CLASSIC, ACTIVE)), PortalAccess.account(NON_LIFE)));

        assertThat(decision).isEqualTo(new EligibilityDecision(true, AccessCase.EXTENSION, null));
    }

    @Test
    void accountWithoutAnyScopeStillCountsAsAnAccount() {
        EligibilityDecision decision = rules.decide(person(List.of(contract(LIFE_PROGRAM, ACTIVE)), PortalAccess.account(Set.of())));

        assertThat(decision.accessCase()).isEqualTo(AccessCase.EXTENSION);
    }

    @Test
    void oneActiveLifeContractAmongOthersIsEnough() {
        List<Contract> contracts = List.of(
                contract(MOTOR, ACTIVE), contract(LIFE_PROGRAM, CANCELLED), contract(CLASSIC, ACTIVE), contract(HOME, EXPIRED));

        EligibilityDecision decision = rules.decide(person(contracts, PortalAccess.account(NON_LIFE)));

        assertThat(decision.eligible()).isTrue();
        assertThat(decision.accessCase()).isEqualTo(AccessCase.EXTENSION);
        assertThat(decision.ineligibilityReason()).isNull();
    }

    @Test
    void companyIsNotEligibleEvenWithActiveLifeContract() {
        EligibilityDecision decision = rules.decide(
                new EligibilityFacts(COMPANY, List.of(contract(LIFE_PROGRAM, ACTIVE)), PortalAccess.noAccount()));

        assertThat(decision.eligible()).isFalse();
        assertThat(decision.accessCase()).isNull();
        assertThat(decision.ineligibilityReason())
                .isEqualTo(EligibilityRules.COMPANY_CUSTOMER_REASON)
                .startsWith("Cég ügyfél részére ügyfélbiztonsági kód nem generálható: ");
    }

    @Test
    void companyReasonComesBeforeTheOtherReasons() {
        EligibilityDecision decision = rules.decide(new EligibilityFacts(COMPANY, List.of(), PortalAccess.account(LIFE)));

        assertThat(decision.ineligibilityReason()).isEqualTo(EligibilityRules.COMPANY_CUSTOMER_REASON);
    }

    @Test
    void personWithoutContractsIsNotEligible() {
        EligibilityDecision decision = rules.decide(person(List.of(), PortalAccess.noAccount()));

        assertThat(decision).isEqualTo(EligibilityDecision.notEligible(EligibilityRules.NO_ACTIVE_LIFE_CONTRACT_REASON));
    }

    @ParameterizedTest
    @EnumSource(value = ProductGroup.class, names = {"MOTOR", "HOME", "TRAVEL"})
    void activeNonLifeContractIsNotEnough(ProductGroup nonLife) {
        EligibilityDecision decision = rules.decide(person(List.of(contract(nonLife, ACTIVE)), PortalAccess.account(NON_LIFE)));

        assertThat(decision.eligible()).isFalse();
        assertThat(decision.ineligibilityReason()).isEqualTo(EligibilityRules.NO_ACTIVE_LIFE_CONTRACT_REASON);
    }

    @ParameterizedTest
    @EnumSource(value = ContractStatus.class, names = {"CANCELLED", "LAPSED", "EXPIRED"})
    void lifeContractThatIsNoLongerActiveDoesNotCount(ContractStatus ended) {
        EligibilityDecision decision = rules.decide(
                person(List.of(contract(LIFE_PROGRAM, ended), contract(CLASSIC, ended)), PortalAccess.noAccount()));

        assertThat(decision.eligible()).isFalse();
        assertThat(decision.ineligibilityReason())
                .isEqualTo(EligibilityRules.NO_ACTIVE_LIFE_CONTRACT_REASON)
                .contains("megszűnt");
    }

    @Test
    void lifeAccessAlreadyGrantedIsNotEligible() {
        EligibilityDecision decision = rules.decide(
                person(List.of(contract(CLASSIC, ACTIVE)), PortalAccess.account(NON_LIFE, LIFE)));

        assertThat(decision.eligible()).isFalse();
        assertThat(decision.accessCase()).isNull();
        assertThat(decision.ineligibilityReason()).isEqualTo(EligibilityRules.LIFE_ACCESS_ALREADY_GRANTED_REASON);
    }

    @Test
    void missingActiveLifeContractIsReportedBeforeExistingLifeAccess() {
        EligibilityDecision decision = rules.decide(person(List.of(contract(LIFE_PROGRAM, LAPSED)), PortalAccess.account(LIFE)));

        assertThat(decision.ineligibilityReason()).isEqualTo(EligibilityRules.NO_ACTIVE_LIFE_CONTRACT_REASON);
    }

    @Test
    void everyReasonIsDistinctHungarianText() {
        assertThat(List.of(EligibilityRules.COMPANY_CUSTOMER_REASON, EligibilityRules.NO_ACTIVE_LIFE_CONTRACT_REASON,
                EligibilityRules.LIFE_ACCESS_ALREADY_GRANTED_REASON))
                .doesNotHaveDuplicates()
                .allSatisfy(reason -> assertThat(reason).contains("ügyfélbiztonsági kód"));
    }

    @Test
    void factsRequireCustomerTypeAndPortalAccess() {
        assertThatThrownBy(() -> new EligibilityFacts(null, List.of(), PortalAccess.noAccount()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new EligibilityFacts(PERSON, List.of(), null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new EligibilityFacts(PERSON, null, PortalAccess.noAccount()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Contract(null, ACTIVE)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Contract(TRAVEL, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void factsKeepTheirOwnCopyOfTheContracts() {
        List<Contract> contracts = new ArrayList<>(List.of(contract(LIFE_PROGRAM, ACTIVE)));
        EligibilityFacts facts = person(contracts, PortalAccess.noAccount());

        contracts.clear();

        assertThat(rules.decide(facts).eligible()).isTrue();
    }

    private static EligibilityFacts person(List<Contract> contracts, PortalAccess access) {
        return new EligibilityFacts(CustomerType.PERSON, contracts, access);
    }

    private static Contract contract(ProductGroup group, ContractStatus status) {
        return new Contract(group, status);
    }
}
