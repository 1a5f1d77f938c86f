package hu.insurer.lifeaccess.casefile;

/** A step the case record does not allow now; the message is Hungarian and meant for the agent. */
public class CaseStepRefusedException extends RuntimeException {

    public CaseStepRefusedException(String message) {
        super(message);
    }
}
