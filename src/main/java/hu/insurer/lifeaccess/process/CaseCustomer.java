package hu.insurer.lifeaccess.process;

import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.CUSTOMER_ID;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import hu.insurer.lifeaccess.customer.Customer;
import hu.insurer.lifeaccess.customer.CustomerRepository;

/** The customer a case is about, from the {@code customerId} variable the identification step set. */
@Component
class CaseCustomer {

    private final CustomerRepository customers;

    CaseCustomer(CustomerRepository customers) {
        this.customers = customers;
    }

    Customer of(VariableScope scope) {
        long id = idOf(scope);
        return customers.findById(id)
                .orElseThrow(() -> new FormSubmissionException("A kiválasztott ügyfél nem található."));
    }

    static long idOf(VariableScope scope) {
        Object value = scope.getVariable(CUSTOMER_ID);
        if (value instanceof Number number) {
            return number.longValue();
        }
        try {
            return Long.parseLong(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            throw new FormSubmissionException("Válasszon ügyfelet a találati listából.");
        }
    }
}
