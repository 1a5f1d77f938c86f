package hu.insurer.lifeaccess.securitycode;

/** Tells the waiting code-issuance case what happened to its code (implemented by the process glue). */
public interface CaseNotifier {

    void codeRedeemed(String processInstanceId);

    void codeLocked(String processInstanceId);

    void codeSuperseded(String processInstanceId);

    /**
     * A wrong code was entered for the case's active code: {@code failedAttempts} so far. Only recorded in the case
     * (for its audit trail); the case keeps waiting.
     */
    void codeFailedAttempt(String processInstanceId, int failedAttempts);

    /**
     * The provider reported what became of the SMS of the case's code. The case records it; when the SMS did not
     * reach the customer, the agent is asked to send a new code.
     */
    void codeDeliveryReported(String processInstanceId, DeliveryStatus status);
}
