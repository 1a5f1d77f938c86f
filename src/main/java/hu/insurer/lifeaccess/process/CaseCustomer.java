package hu.insurer.lifeaccess.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import hu.insurer.lifeaccess.casefile.CaseFiles;
import hu.insurer.lifeaccess.customer.Customer;
import hu.insurer.lifeaccess.customer.CustomerRepository;

/** The customer a case is about: the one the case record says the agent identified, never a variable. */
@Component
class CaseCustomer {

    private final CaseFiles caseFiles;
    private final CustomerRepository customers;

    CaseCustomer(CaseFiles caseFiles, CustomerRepository customers) {
        this.caseFiles = caseFiles;
        this.customers = customers;
    }

    Customer of(DelegateExecution execution) {
        long id = caseFiles.identifiedCustomer(execution.getProcessInstanceId());
        return customers.findById(id)
                .orElseThrow(() -> new IllegalStateException("Customer " + id + " of the case record does not exist"));
    }
}
