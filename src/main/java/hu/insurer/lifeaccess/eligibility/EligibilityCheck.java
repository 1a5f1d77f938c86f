package hu.insurer.lifeaccess.eligibility;

import java.util.List;

import org.springframework.stereotype.Service;

import hu.insurer.lifeaccess.customer.ContractRepository;
import hu.insurer.lifeaccess.customer.ContractStatus;
import hu.insurer.lifeaccess.customer.Customer;
import hu.insurer.lifeaccess.customer.CustomerType;
import hu.insurer.lifeaccess.customer.PortalAccountRepository;
import hu.insurer.lifeaccess.customer.ProductGroup;

/** Gathers a customer's facts from the database and applies {@link EligibilityRules}. */
@Service
public class EligibilityCheck {

    private final ContractRepository contracts;
    private final PortalAccountRepository portalAccounts;
    private final EligibilityRules rules = new EligibilityRules();

    public EligibilityCheck(ContractRepository contracts, PortalAccountRepository portalAccounts) {
        this.contracts = contracts;
        this.portalAccounts = portalAccounts;
    }

    public EligibilityDecision check(Customer customer) {
        List<EligibilityFacts.Contract> contractFacts = contracts.contractsOf(customer.id()).stream()
                .map(contract -> new EligibilityFacts.Contract(ProductGroup.valueOf(contract.productGroup()),
                        ContractStatus.valueOf(contract.status())))
                .toList();
        return rules.decide(new EligibilityFacts(CustomerType.valueOf(customer.customerType()), contractFacts,
                portalAccounts.accessOf(customer.id())));
    }
}
