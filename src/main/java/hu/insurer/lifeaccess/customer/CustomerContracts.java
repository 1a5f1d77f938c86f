package hu.insurer.lifeaccess.customer;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The contracts a customer is the contracting party of, as the partner data screen lists them. */
@Service
public class CustomerContracts {

    private final ContractRepository contracts;

    public CustomerContracts(ContractRepository contracts) {
        this.contracts = contracts;
    }

    @Transactional(readOnly = true)
    public List<Contract> of(long customerId) {
        return contracts.contractsOf(customerId);
    }
}
