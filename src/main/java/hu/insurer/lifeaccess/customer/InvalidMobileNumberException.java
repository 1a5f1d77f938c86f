package hu.insurer.lifeaccess.customer;

/** A mobile number the agent typed cannot receive the SMS; the message is Hungarian and safe to show on the form. */
public class InvalidMobileNumberException extends Exception {

    public InvalidMobileNumberException(String message) {
        super(message);
    }
}
