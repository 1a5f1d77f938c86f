package hu.insurer.lifeaccess.eligibility;

import java.util.List;

import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Service;

import hu.insurer.lifeaccess.customer.ContractRepository;
import hu.insurer.lifeaccess.customer.ContractStatus;
import hu.insurer.lifeaccess.customer.Customer;
import hu.insurer.lifeaccess.customer.CustomerType;
import hu.insurer.lifeaccess.customer.PortalAccountRepository;
import hu.insurer.lifeaccess.customer.ProductGroup;

/**
 * Gathers a customer's facts from the database and lets the deployed decision table ({@link EligibilityTable})
 * decide: the same table as the model's business rule task, in its latest deployed version.
 */
@Service
public class EligibilityCheck {

    private final ContractRepository contracts;
    private final PortalAccountRepository portalAccounts;
    private final DecisionService decisions;

    public EligibilityCheck(ContractRepository contracts, PortalAccountRepository portalAccounts,
            DecisionService decisions) {
        this.contracts = contracts;
        this.portalAccounts = portalAccounts;
        this.decisions = decisions;
    }

    public EligibilityFacts facts(Customer customer) {
        List<EligibilityFacts.Contract> contractFacts = contracts.contractsOf(customer.id()).stream()
                .map(contract -> new EligibilityFacts.Contract(ProductGroup.valueOf(contract.productGroup()),
                        ContractStatus.valueOf(contract.status())))
                .toList();
        return new EligibilityFacts(CustomerType.valueOf(customer.customerType()), contractFacts,
                portalAccounts.accessOf(customer.id()));
    }

    public EligibilityDecision check(Customer customer) {
        var result = decisions.evaluateDecisionTableByKey(EligibilityTable.DECISION_KEY,
                EligibilityTable.inputs(facts(customer))).getSingleResult();
        return EligibilityTable.decision(result == null ? null : result.getEntryMap());
    }
}
