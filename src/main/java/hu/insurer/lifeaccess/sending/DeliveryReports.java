package hu.insurer.lifeaccess.sending;

import java.time.OffsetDateTime;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import hu.insurer.lifeaccess.securitycode.CaseNotifier;
import hu.insurer.lifeaccess.securitycode.DeliveryStatus;
import hu.insurer.lifeaccess.securitycode.SecurityCodeIssuer;

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
        if (issuer.awaitsAcceptance(messageKey)) {
            return Outcome.TOO_EARLY;
        }
        return issuer.recordDelivery(messageKey, status, occurredAt)
                .map(send -> {
                    cases.codeDeliveryReported(send.processInstanceId(), status);
                    return Outcome.RECORDED;
                })
                .orElse(Outcome.UNCHANGED);
    }
}
