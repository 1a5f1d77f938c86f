package hu.insurer.lifeaccess.eligibility;

import hu.insurer.lifeaccess.customer.CustomerType;
import hu.insurer.lifeaccess.customer.PortalScope;

/**
 * The eligibility rules (docs/architecture.md, "Eligibility"), checked in this order: customer type, active life contract, existing life access.
 * A missing mobile number and an earlier code still waiting for redemption are deliberately not refusals.
 */
public final class EligibilityRules {

    public static final String COMPANY_CUSTOMER_REASON =
            "Cég ügyfél részére ügyfélbiztonsági kód nem generálható: az Ügyfélportál élet termékekre szóló "
                    + "hozzáférése csak magánszemély ügyfélnek igényelhető.";
    public static final String NO_ACTIVE_LIFE_CONTRACT_REASON =
            "Az ügyfél nem szerződője élő Életprogram vagy Klasszikus szerződésnek, ezért ügyfélbiztonsági kód "
                    + "nem generálható. A megszűnt, törölt vagy lejárt életbiztosítási szerződések nem számítanak.";
    public static final String LIFE_ACCESS_ALREADY_GRANTED_REASON =
            "Az ügyfél Ügyfélportál hozzáférése már kiterjed az élet termékekre, ezért ügyfélbiztonsági kódra "
                    + "nincs szükség.";

    public EligibilityDecision decide(EligibilityFacts facts) {
        if (facts.customerType() == CustomerType.COMPANY) {
            return EligibilityDecision.notEligible(COMPANY_CUSTOMER_REASON);
        }
        if (facts.contracts().stream().noneMatch(EligibilityFacts.Contract::isActiveLife)) {
            return EligibilityDecision.notEligible(NO_ACTIVE_LIFE_CONTRACT_REASON);
        }
        if (facts.portalAccess().includes(PortalScope.LIFE)) {
            return EligibilityDecision.notEligible(LIFE_ACCESS_ALREADY_GRANTED_REASON);
        }
        return EligibilityDecision.eligible(
                facts.portalAccess().hasAccount() ? AccessCase.EXTENSION : AccessCase.REGISTRATION);
    }
}
