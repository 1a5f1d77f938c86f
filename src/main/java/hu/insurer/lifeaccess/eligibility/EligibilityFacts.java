package hu.insurer.lifeaccess.eligibility;

import hu.insurer.lifeaccess.customer.ContractStatus;
import hu.insurer.lifeaccess.customer.CustomerType;
import hu.insurer.lifeaccess.customer.ProductGroup;
import hu.insurer.lifeaccess.portalaccess.PortalAccess;
import java.util.List;
import java.util.Objects;

/**
 * What the eligibility decision table needs to know about a customer (see {@link EligibilityTable#inputs}).
 *
 * @param contracts only the contracts where the customer is the contracting party
 */
public record EligibilityFacts(CustomerType customerType, List<Contract> contracts, PortalAccess portalAccess) {

    public EligibilityFacts {
        Objects.requireNonNull(customerType, "customerType");
        contracts = List.copyOf(contracts);
        Objects.requireNonNull(portalAccess, "portalAccess");
    }

    public boolean hasActiveLifeContract() {
        return contracts.stream().anyMatch(Contract::isActiveLife);
    }

    public record Contract(ProductGroup productGroup, ContractStatus status) {

        public Contract {
            Objects.requireNonNull(productGroup, "productGroup");
            Objects.requireNonNull(status, "status");
        }

        boolean isActiveLife() {
            return productGroup.isLife() && status == ContractStatus.ACTIVE;
        }
    }
}
