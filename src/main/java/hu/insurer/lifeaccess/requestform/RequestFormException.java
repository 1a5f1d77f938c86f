package hu.insurer.lifeaccess.requestform;

/** The request form PDF could not be produced; the message says what to check. */
public class RequestFormException extends RuntimeException {

    public RequestFormException(String message) {
        super(message);
    }

    public RequestFormException(String message, Throwable cause) {
        super(message, cause);
    }
}
