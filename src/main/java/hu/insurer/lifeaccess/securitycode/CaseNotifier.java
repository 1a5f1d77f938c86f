package hu.insurer.lifeaccess.securitycode;

/** Tells the waiting code-issuance case what happened to its code (implemented by the process glue). */
public interface CaseNotifier {

    void codeRedeemed(String processInstanceId);

    void codeLocked(String processInstanceId);

    void codeSuperseded(String processInstanceId);
}
