package hu.insurer.lifeaccess.process;

import static hu.insurer.lifeaccess.process.CaseVariables.CODE_DELIVERY_STATUS;
import static hu.insurer.lifeaccess.process.CaseVariables.CODE_FAILED_ATTEMPTS;
import static hu.insurer.lifeaccess.process.CaseVariables.CODE_STATUS;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import hu.insurer.lifeaccess.process.ProcessConstants.Message;
import hu.insurer.lifeaccess.securitycode.CaseNotifier;
import hu.insurer.lifeaccess.securitycode.DeliveryStatus;
import hu.insurer.lifeaccess.securitycode.SecurityCodeStatus;

/**
 * Delivers what happened to a code to the case waiting at the event-based gateway, in the caller's transaction,
 * and records it in the case's variables ({@code codeStatus}, {@code codeFailedAttempts}), whose history details
 * give auditors each change with its time.
 */
@Component
class CaseMessageCorrelation implements CaseNotifier {

    private static final Logger LOG = LoggerFactory.getLogger(CaseMessageCorrelation.class);

    private final RuntimeService runtimeService;

    CaseMessageCorrelation(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @Override
    public void codeRedeemed(String processInstanceId) {
        correlate(Message.SECURITY_CODE_REDEEMED, processInstanceId, SecurityCodeStatus.REDEEMED);
    }

    @Override
    public void codeLocked(String processInstanceId) {
        correlate(Message.SECURITY_CODE_LOCKED, processInstanceId, SecurityCodeStatus.LOCKED);
    }

    @Override
    public void codeSuperseded(String processInstanceId) {
        correlate(Message.SECURITY_CODE_SUPERSEDED, processInstanceId, SecurityCodeStatus.SUPERSEDED);
    }

    @Override
    public void codeFailedAttempt(String processInstanceId, int failedAttempts) {
        // an audit fact only: a case an administrator deleted must not turn the customer's answer into an error
        if (!running(processInstanceId)) {
            LOG.warn("Failed attempt {} not recorded: case {} is not running", failedAttempts, processInstanceId);
            return;
        }
        CODE_FAILED_ATTEMPTS.set(runtimeService, processInstanceId, failedAttempts);
    }

    @Override
    public void codeDeliveryReported(String processInstanceId, DeliveryStatus status) {
        if (!running(processInstanceId)) {
            LOG.warn("Delivery report {} not recorded in the case: case {} is not running", status, processInstanceId);
            return;
        }
        CODE_DELIVERY_STATUS.set(runtimeService, processInstanceId, status.name());
        if (status.notDelivered()) {
            boolean waiting = !runtimeService.createMessageCorrelation(Message.SMS_NOT_DELIVERED)
                    .processInstanceId(processInstanceId).correlateAllWithResult().isEmpty();
            if (!waiting) {
                LOG.warn("{} not delivered: case {} no longer waits for its code", Message.SMS_NOT_DELIVERED,
                        processInstanceId);
            }
        }
    }

    /**
     * A case an administrator deleted no longer waits: the code's own status change stands, and the customer's
     * answer must not turn into an error. A case still running that does not wait for this message (say, a code
     * locked while the agent decides on a new send) gets the code's status recorded all the same.
     */
    private void correlate(String message, String processInstanceId, SecurityCodeStatus status) {
        boolean delivered = !runtimeService.createMessageCorrelation(message).processInstanceId(processInstanceId)
                .setVariable(CODE_STATUS.name(), status.name())
                .correlateAllWithResult().isEmpty();
        if (delivered) {
            return;
        }
        if (running(processInstanceId)) {
            CODE_STATUS.set(runtimeService, processInstanceId, status.name());
            LOG.warn("{}: case {} does not wait for it where it stands; its code status {} is recorded",
                    message, processInstanceId, status);
        } else {
            LOG.warn("{} not delivered: case {} no longer waits for its code", message, processInstanceId);
        }
    }

    private boolean running(String processInstanceId) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0;
    }
}
