package hu.insurer.lifeaccess.eligibility;

import java.util.List;

import org.springframework.stereotype.Service;

import hu.insurer.lifeaccess.customer.ContractRepository;
import hu.insurer.lifeaccess.customer.Customer;
import hu.insurer.lifeaccess.portalaccess.PortalAccountRepository;

/**
 * Gathers the facts of a customer the eligibility decision table ({@link EligibilityTable}) decides on; the
 * engine evaluates the table (the model's business rule task, and process/EligibilityDecisionTable before sending).
 */
@Service
public class EligibilityCheck {

    private final ContractRepository contracts;
    private final PortalAccountRepository portalAccounts;
    public EligibilityCheck(ContractRepository contracts, PortalAccountRepository portalAccounts) {
        this.contracts = contracts;
        this.portalAccounts = portalAccounts;
    }

    public EligibilityFacts facts(Customer customer) {
        List<EligibilityFacts.Contract> contractFacts = contracts.contractsOf(customer.id()).stream()
                .map(contract -> new EligibilityFacts.Contract(contract.productGroup(), contract.status()))
                .toList();
        return new EligibilityFacts(customer.customerType(), contractFacts, portalAccounts.accessOf(customer.id()));
    }
}
