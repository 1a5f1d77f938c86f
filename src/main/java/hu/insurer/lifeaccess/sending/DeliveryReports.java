package hu.insurer.lifeaccess.sending;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import hu.insurer.lifeaccess.securitycode.CaseNotifier;
import hu.insurer.lifeaccess.securitycode.DeliveryStatus;
import hu.insurer.lifeaccess.securitycode.PendingCode;
import hu.insurer.lifeaccess.securitycode.SecurityCodeIssuer;
import hu.insurer.lifeaccess.securitycode.SecurityCodeStatus;

/** Records the provider's delivery report on the code and tells its case, in one transaction. */
@Service
public class DeliveryReports {

    private final SecurityCodeIssuer issuer;
    private final CaseNotifier cases;

    DeliveryReports(SecurityCodeIssuer issuer, CaseNotifier cases) {
        this.issuer = issuer;
        this.cases = cases;
    }

    /** What became of a report. */
    public enum Outcome {
        RECORDED,
        /** A repeat, an older report, or a key that is not a code's SMS. */
        UNCHANGED,
        /**
         * The code's acceptance is not committed yet (the provider reported faster than the sending job finished):
         * its case could not hear the report yet, so it is not taken now; the provider sends it again.
         */
        TOO_EARLY
    }

    @Transactional
    public Outcome record(String messageKey, DeliveryStatus status, OffsetDateTime occurredAt) {
        Optional<PendingCode> send = issuer.sendOf(messageKey);
        if (send.isEmpty()) {
            return Outcome.UNCHANGED;
        }
        if (send.get().status() == SecurityCodeStatus.PENDING) {
            return Outcome.TOO_EARLY;
        }
        if (!issuer.recordDelivery(send.get(), status, occurredAt)) {
            return Outcome.UNCHANGED;
        }
        cases.codeDeliveryReported(send.get().processInstanceId(), status);
        return Outcome.RECORDED;
    }
}
