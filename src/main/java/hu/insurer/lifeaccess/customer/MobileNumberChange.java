package hu.insurer.lifeaccess.customer;

import java.util.Optional;

/**
 * The outcome of a mobile number correction: the saved E.164 number, or why it was refused (Hungarian); when the
 * number really changed, the audit record written for it.
 */
public record MobileNumberChange(boolean accepted, String mobileNumber, String refusal, CustomerDataChange recorded) {

    static MobileNumberChange changed(CustomerDataChange recorded) {
        return new MobileNumberChange(true, recorded.newValue(), null, recorded);
    }

    /** The number given is the one already saved: accepted, nothing to record. */
    static MobileNumberChange unchanged(String e164) {
        return new MobileNumberChange(true, e164, null, null);
    }

    static MobileNumberChange refused(String refusal) {
        return new MobileNumberChange(false, null, refusal, null);
    }

    /** The audit record of the change, empty when the number was refused or did not change. */
    public Optional<CustomerDataChange> change() {
        return Optional.ofNullable(recorded);
    }
}
