package hu.insurer.lifeaccess.customer;

/** The outcome of a mobile number correction: the saved E.164 number, or why it was refused (Hungarian). */
public record MobileNumberChange(boolean accepted, String mobileNumber, String refusal) {

    static MobileNumberChange accepted(String e164) {
        return new MobileNumberChange(true, e164, null);
    }

    static MobileNumberChange refused(String refusal) {
        return new MobileNumberChange(false, null, refusal);
    }
}
