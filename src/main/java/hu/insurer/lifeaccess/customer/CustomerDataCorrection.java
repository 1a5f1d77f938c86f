package hu.insurer.lifeaccess.customer;

import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Ügyfélmódosítás: validates and saves a customer's new mobile number, with an audit record. */
@Service
public class CustomerDataCorrection {

    static final String MOBILE_NUMBER_FIELD = "mobile_number";
    private static final Logger LOG = LoggerFactory.getLogger(CustomerDataCorrection.class);

    private final CustomerRepository customers;
    private final CustomerDataChangeLog changeLog;

    public CustomerDataCorrection(CustomerRepository customers, CustomerDataChangeLog changeLog) {
        this.customers = customers;
        this.changeLog = changeLog;
    }

    @Transactional
    public MobileNumberChange changeMobileNumber(long customerId, String input, String changedBy,
            String processInstanceId) {
        String e164;
        try {
            e164 = MobileNumbers.toE164(input);
        } catch (InvalidMobileNumberException e) {
            return MobileNumberChange.refused(e.getMessage());
        }
        Customer customer = customers.findById(customerId)
                .orElseThrow(() -> new IllegalStateException("Customer " + customerId + " does not exist"));
        if (Objects.equals(customer.mobileNumber(), e164)) {
            return MobileNumberChange.unchanged(e164);
        }
        customers.updateMobileNumber(customerId, e164);
        CustomerDataChange change = changeLog.record(customerId, MOBILE_NUMBER_FIELD, customer.mobileNumber(), e164,
                changedBy, processInstanceId);
        LOG.info("Mobile number of customer {} changed by {} in case {}", customerId, changedBy, processInstanceId);
        return MobileNumberChange.changed(change);
    }
}
