package hu.insurer.lifeaccess.securitycode;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import hu.insurer.lifeaccess.customer.CustomerRepository;
import hu.insurer.lifeaccess.customer.MobileNumbers;
import hu.insurer.lifeaccess.sms.SmsGateway;
import hu.insurer.lifeaccess.sms.SmsMessage;
import hu.insurer.lifeaccess.securitycode.SecurityCodeMetrics.Event;
import hu.insurer.lifeaccess.sms.SmsMetrics;

/**
 * Kód küldése: generates a code, stores only its keyed hash, supersedes the customer's older codes and sends it by
 * SMS — all in one transaction, holding the customer's row so that two cases cannot issue at once. A provider failure throws, so nothing of the attempt remains and the
 * job executor retries; a code becomes ACTIVE only after its SMS was accepted.
 */
@Service
public class SecurityCodeIssuer {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityCodeIssuer.class);

    private final CustomerRepository customers;
    private final SecurityCodeGenerator generator;
    private final SecurityCodeHasher hasher;
    private final SecurityCodeRepository codes;
    private final SmsGateway sms;
    private final CaseNotifier cases;
    private final SecurityCodeSettings settings;
    private final Clock clock;
    private final SecurityCodeMetrics metrics;
    private final SmsMetrics smsMetrics;

    SecurityCodeIssuer(CustomerRepository customers, SecurityCodeGenerator generator, SecurityCodeHasher hasher, SecurityCodeRepository codes,
            SmsGateway sms, CaseNotifier cases, SecurityCodeSettings settings, Clock clock, SecurityCodeMetrics metrics,
            SmsMetrics smsMetrics) {
        this.customers = customers;
        this.generator = generator;
        this.hasher = hasher;
        this.codes = codes;
        this.sms = sms;
        this.cases = cases;
        this.settings = settings;
        this.clock = clock;
        this.metrics = metrics;
        this.smsMetrics = smsMetrics;
    }

    @Transactional
    public IssuedCode issue(long customerId, String accessCase, String processInstanceId, String mobileE164) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime expiresAt = now.plus(settings.validity());
        customers.lockForUpdate(customerId);
        SecurityCode code = generator.generate();
        long id = codes.insertPending(customerId, accessCase, processInstanceId, hasher.hash(code), now, expiresAt);

        // before the SMS: whatever fails here rolls back with nothing sent
        for (SecurityCodeRecord older : codes.codesOf(customerId)) {
            if (older.id() != id && codes.changeStatus(older.id(), SecurityCodeStatus.ACTIVE,
                    SecurityCodeStatus.SUPERSEDED)) {
                cases.codeSuperseded(older.processInstanceId());
                metrics.counted(Event.SUPERSEDED);
                LOG.info("Security code {} of customer {} superseded by code {}", older.id(), customerId, id);
            }
        }
        smsMetrics.send(sms, new SmsMessage("security-code-" + id, mobileE164,
                SecurityCodeMessage.of(code, expiresAt.atZoneSameInstant(SecurityCodeMessage.ZONE)).text()));
        codes.changeStatus(id, SecurityCodeStatus.PENDING, SecurityCodeStatus.ACTIVE);
        metrics.counted(Event.ISSUED);
        String masked = MobileNumbers.mask(mobileE164);
        LOG.info("Security code {} issued for customer {} in case {}, SMS accepted for {}, valid until {}",
                id, customerId, processInstanceId, masked, expiresAt);
        return new IssuedCode(id, masked, expiresAt);
    }

    /**
     * The validity timer fired: an active code becomes EXPIRED (a redeemed or locked one stays as it is).
     *
     * @return whether the code expired now (false when it had already left ACTIVE)
     */
    @Transactional
    public boolean expire(long securityCodeId) {
        boolean expired = codes.changeStatus(securityCodeId, SecurityCodeStatus.ACTIVE, SecurityCodeStatus.EXPIRED);
        if (expired) {
            metrics.counted(Event.EXPIRED);
            LOG.info("Security code {} expired unused", securityCodeId);
        }
        return expired;
    }
}
