package hu.insurer.lifeaccess.eligibility;

import static hu.insurer.lifeaccess.customer.ContractStatus.ACTIVE;
import static hu.insurer.lifeaccess.customer.ContractStatus.CANCELLED;
import static hu.insurer.lifeaccess.customer.ContractStatus.EXPIRED;
import static hu.insurer.lifeaccess.customer.ContractStatus.LAPSED;
import static hu.insurer.lifeaccess.customer.CustomerType.COMPANY;
import static hu.insurer.lifeaccess.customer.CustomerType.PERSON;
import static hu.insurer.lifeaccess.portalaccess.PortalScope.LIFE;
import static hu.insurer.lifeaccess.portalaccess.PortalScope.NON_LIFE;
import static hu.insurer.lifeaccess.customer.ProductGroup.CLASSIC;
import static hu.insurer.lifeaccess.customer.ProductGroup.HOME;
import static hu.insurer.lifeaccess.customer.ProductGroup.LIFE_PROGRAM;
import static hu.insurer.lifeaccess.customer.ProductGroup.MOTOR;
import static hu.insurer.lifeaccess.customer.ProductGroup.TRAVEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import hu.insurer.lifeaccess.customer.ContractStatus;
import hu.insurer.lifeaccess.customer.CustomerType;
import hu.insurer.lifeaccess.customer.ProductGroup;
import hu.insurer.lifeaccess.eligibility.EligibilityFacts.Contract;
import hu.insurer.lifeaccess.portalaccess.PortalAccess;

/** Each row of dmn/eligibility.dmn, evaluated by the DMN engine on the file process owners edit. */
class EligibilityTableTest {

    static final String COMPANY_REASON = EligibilityTableFile.reasonOf("Rule_CompanyCustomer");
    static final String NO_ACTIVE_LIFE_CONTRACT_REASON = EligibilityTableFile.reasonOf("Rule_NoActiveLifeContract");
    static final String LIFE_ACCESS_ALREADY_GRANTED_REASON =
            EligibilityTableFile.reasonOf("Rule_LifeAccessAlreadyGranted");

    private final EligibilityTableFile table = EligibilityTableFile.deployed();

    @Test
    void rowRegistration_personWithActiveLifeProgramAndNoAccountRegisters() {
        EligibilityDecision decision = table.decide(person(List.of(contract(LIFE_PROGRAM, ACTIVE)), PortalAccess.noAccount()));

        assertThat(decision).isEqualTo(EligibilityDecision.eligible(AccessCase.REGISTRATION));
    }

    @Test
    void rowExtension_personWithActiveClassicAndNonLifeAccountExtends() {
        EligibilityDecision decision = table.decide(person(List.of(contract(CLASSIC, ACTIVE)), PortalAccess.account(NON_LIFE)));

        assertThat(decision).isEqualTo(EligibilityDecision.eligible(AccessCase.EXTENSION));
    }

    @Test
    void rowCompanyCustomer_companyIsNotEligibleEvenWithActiveLifeContract() {
        EligibilityDecision decision = table.decide(
                new EligibilityFacts(COMPANY, List.of(contract(LIFE_PROGRAM, ACTIVE)), PortalAccess.noAccount()));

        assertThat(decision.eligible()).isFalse();
        assertThat(decision.ineligibilityReason())
                .isEqualTo(COMPANY_REASON)
                .startsWith("Cég ügyfél részére ügyfélbiztonsági kód nem generálható: ");
    }

    @Test
    void rowNoActiveLifeContract_personWithoutContractsIsNotEligible() {
        EligibilityDecision decision = table.decide(person(List.of(), PortalAccess.noAccount()));

        assertThat(decision).isEqualTo(EligibilityDecision.notEligible(NO_ACTIVE_LIFE_CONTRACT_REASON));
        assertThat(NO_ACTIVE_LIFE_CONTRACT_REASON).startsWith("Az ügyfél nem szerződője élő Életprogram");
    }

    @Test
    void rowLifeAccessAlreadyGranted_lifeAccessAlreadyGrantedIsNotEligible() {
        EligibilityDecision decision = table.decide(
                person(List.of(contract(CLASSIC, ACTIVE)), PortalAccess.account(NON_LIFE, LIFE)));

        assertThat(decision).isEqualTo(EligibilityDecision.notEligible(LIFE_ACCESS_ALREADY_GRANTED_REASON));
        assertThat(LIFE_ACCESS_ALREADY_GRANTED_REASON).contains("már kiterjed az élet termékekre");
    }

    @Test
    void accountWithoutAnyScopeStillCountsAsAnAccount() {
        EligibilityDecision decision = table.decide(person(List.of(contract(LIFE_PROGRAM, ACTIVE)), PortalAccess.account(Set.of())));

        assertThat(decision.accessCase()).isEqualTo(AccessCase.EXTENSION);
    }

    @Test
    void oneActiveLifeContractAmongOthersIsEnough() {
        List<Contract> contracts = List.of(
                contract(MOTOR, ACTIVE), contract(LIFE_PROGRAM, CANCELLED), contract(CLASSIC, ACTIVE), contract(HOME, EXPIRED));

        assertThat(table.decide(person(contracts, PortalAccess.account(NON_LIFE))))
                .isEqualTo(EligibilityDecision.eligible(AccessCase.EXTENSION));
    }

    @Test
    void companyReasonComesBeforeTheOtherReasons() {
        EligibilityDecision decision = table.decide(new EligibilityFacts(COMPANY, List.of(), PortalAccess.account(LIFE)));

        assertThat(decision.ineligibilityReason()).isEqualTo(COMPANY_REASON);
    }

    @ParameterizedTest
    @EnumSource(value = ProductGroup.class, names = {"MOTOR", "HOME", "TRAVEL"})
    void activeNonLifeContractIsNotEnough(ProductGroup nonLife) {
        EligibilityDecision decision = table.decide(person(List.of(contract(nonLife, ACTIVE)), PortalAccess.account(NON_LIFE)));

        assertThat(decision.ineligibilityReason()).isEqualTo(NO_ACTIVE_LIFE_CONTRACT_REASON);
    }

    @ParameterizedTest
    @EnumSource(value = ContractStatus.class, names = {"CANCELLED", "LAPSED", "EXPIRED"})
    void lifeContractThatIsNoLongerActiveDoesNotCount(ContractStatus ended) {
        EligibilityDecision decision = table.decide(
                person(List.of(contract(LIFE_PROGRAM, ended), contract(CLASSIC, ended)), PortalAccess.noAccount()));

        assertThat(decision.ineligibilityReason()).isEqualTo(NO_ACTIVE_LIFE_CONTRACT_REASON).contains("megszűnt");
    }

    @Test
    void missingActiveLifeContractIsReportedBeforeExistingLifeAccess() {
        EligibilityDecision decision = table.decide(person(List.of(contract(LIFE_PROGRAM, LAPSED)), PortalAccess.account(LIFE)));

        assertThat(decision.ineligibilityReason()).isEqualTo(NO_ACTIVE_LIFE_CONTRACT_REASON);
    }

    @Test
    void everyReasonIsDistinctHungarianText() {
        assertThat(List.of(COMPANY_REASON, NO_ACTIVE_LIFE_CONTRACT_REASON, LIFE_ACCESS_ALREADY_GRANTED_REASON))
                .doesNotHaveDuplicates()
                .allSatisfy(reason -> assertThat(reason).contains("ügyfélbiztonsági kód"));
    }

    /** UNIQUE hit policy: the engine refuses overlapping rows; this finds a missing one before any agent does. */
    @Test
    void everyPossibleCustomerHasExactlyOneRow() {
        for (CustomerType type : CustomerType.values()) {
            for (boolean activeLife : List.of(true, false)) {
                for (PortalAccess access : List.of(PortalAccess.noAccount(), PortalAccess.account(Set.of()),
                        PortalAccess.account(NON_LIFE), PortalAccess.account(LIFE), PortalAccess.account(NON_LIFE, LIFE))) {
                    List<Contract> contracts = activeLife ? List.of(contract(LIFE_PROGRAM, ACTIVE)) : List.of();
                    assertThat(table.decide(new EligibilityFacts(type, contracts, access)))
                            .as("%s, active life contract %s, %s", type, activeLife, access).isNotNull();
                }
            }
        }
    }

    @Test
    void aProcessOwnersChangedRowChangesTheOutcomeWithoutJavaChanges() {
        EligibilityFacts company = new EligibilityFacts(COMPANY, List.of(contract(LIFE_PROGRAM, ACTIVE)), PortalAccess.noAccount());
        EligibilityTableFile companiesMayRegister = EligibilityTableFile.changed(document -> {
            EligibilityTableFile.setOutput(document, "Rule_CompanyCustomer", 0, "\"REGISTRATION\"");
            EligibilityTableFile.setOutput(document, "Rule_CompanyCustomer", 1, "");
        });

        assertThat(table.decide(company).eligible()).isFalse();
        assertThat(companiesMayRegister.decide(company)).isEqualTo(EligibilityDecision.eligible(AccessCase.REGISTRATION));
    }

    @Test
    void aChangedReasonIsWhatTheAgentReads() {
        EligibilityTableFile reworded = EligibilityTableFile.changed(document -> EligibilityTableFile
                .setOutput(document, "Rule_NoActiveLifeContract", 1, "\"Nincs élő élet szerződése.\""));

        assertThat(reworded.decide(person(List.of(), PortalAccess.noAccount())).ineligibilityReason())
                .isEqualTo("Nincs élő élet szerződése.");
    }

    @Test
    void aRowWithAnUnknownDecisionIsRefusedWithTheFileNamed() {
        assertThatThrownBy(() -> EligibilityTable.decision(Map.of(EligibilityTable.Output.DECISION, "MAYBE")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("dmn/eligibility.dmn").hasMessageContaining("MAYBE");
        assertThatThrownBy(() -> EligibilityTable.decision(null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("No row");
        assertThatThrownBy(() -> EligibilityTable.decision(Map.of(EligibilityTable.Output.DECISION, "NOT_ELIGIBLE")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ineligibilityReason");
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

        assertThat(table.decide(facts).eligible()).isTrue();
    }

    private static EligibilityFacts person(List<Contract> contracts, PortalAccess access) {
        return new EligibilityFacts(CustomerType.PERSON, contracts, access);
    }

    private static Contract contract(ProductGroup group, ContractStatus status) {
        return new Contract(group, status);
    }
}
