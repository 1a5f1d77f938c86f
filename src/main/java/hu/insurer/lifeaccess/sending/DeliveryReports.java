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

    /** @return whether the report was news (a repeat or an unknown key changes nothing) */
    @Transactional
    public boolean record(String messageKey, DeliveryStatus status, OffsetDateTime occurredAt) {
        return issuer.recordDelivery(messageKey, status, occurredAt)
                .map(send -> {
                    cases.codeDeliveryReported(send.processInstanceId(), status);
                    return true;
                })
                .orElse(false);
    }
}
