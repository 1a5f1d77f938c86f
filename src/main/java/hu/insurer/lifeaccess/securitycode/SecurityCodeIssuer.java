package hu.insurer.lifeaccess.securitycode;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import hu.insurer.lifeaccess.customer.CustomerRepository;
import hu.insurer.lifeaccess.customer.MobileNumbers;
import hu.insurer.lifeaccess.securitycode.SecurityCodeMetrics.Event;
import hu.insurer.lifeaccess.sms.SmsMessage;

/**
 * The codes of a case's sends. A send is first stored PENDING with its message key, recipient, expiry and the
 * nonce its code is derived from ({@link SecurityCodeDerivation}), and committed; the SMS is sent from that record,
 * as often as it takes, always with the same key and text; only when the provider accepted it does the code become
 * ACTIVE, supersede the customer's older codes and lose its nonce. The plain code is never stored.
 */
@Service
public class SecurityCodeIssuer {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityCodeIssuer.class);

    private final CustomerRepository customers;
    private final SecurityCodeDerivation derivation;
    private final SecurityCodeHasher hasher;
    private final SecurityCodeRepository codes;
    private final SecurityCodeSettings settings;
    private final Clock clock;
    private final SecurityCodeMetrics metrics;

    SecurityCodeIssuer(CustomerRepository customers, SecurityCodeDerivation derivation, SecurityCodeHasher hasher,
            SecurityCodeRepository codes, SecurityCodeSettings settings, Clock clock, SecurityCodeMetrics metrics) {
        this.customers = customers;
        this.derivation = derivation;
        this.hasher = hasher;
        this.codes = codes;
        this.settings = settings;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** The case's latest send (pending or accepted), if it has one. */
    public Optional<PendingCode> latestSendOf(String processInstanceId) {
        return codes.latestSendOf(processInstanceId);
    }

    /**
     * Stores a new send of the case: the next send number, its message key, and the code derived for it.
     *
     * @param replacedNumber the number this case replaced with {@code recipient}, to be told of the change; or null
     */
    @Transactional
    public PendingCode createPending(long customerId, String accessCase, String processInstanceId, String recipient,
            String replacedNumber) {
        int sendNumber = codes.latestSendOf(processInstanceId).map(send -> send.sendNumber() + 1).orElse(1);
        String messageKey = "code-" + processInstanceId + "-" + sendNumber;
        String nonce = derivation.newNonce();
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = codes.insertPending(customerId, accessCase, processInstanceId, sendNumber, messageKey,
                hasher.hash(derivation.codeOf(messageKey, nonce)), recipient, nonce, replacedNumber, now,
                now.plus(settings.validity()));
        LOG.info("Security code {} of case {} (send {}) pending for {}, message key {}", id, processInstanceId,
                sendNumber, MobileNumbers.mask(recipient), messageKey);
        return codes.findSend(id).orElseThrow();
    }

    /** The SMS of a pending send: the same key and text on every call. */
    public SmsMessage codeMessage(PendingCode send) {
        if (send.nonce() == null) {
            throw new IllegalStateException("Security code " + send.id() + " is no longer pending");
        }
        SecurityCodeMessage text = SecurityCodeMessage.of(derivation.codeOf(send.messageKey(), send.nonce()),
                send.expiresAt().atZoneSameInstant(SecurityCodeMessage.ZONE));
        return new SmsMessage(send.messageKey(), send.recipient(), text.text());
    }

    /** The notice to the number the case replaced, when it replaced one. */
    public Optional<SmsMessage> numberChangeNotice(PendingCode send) {
        return Optional.ofNullable(send.replacedNumber())
                .filter(previous -> !previous.equals(send.recipient()))
                .map(previous -> new SmsMessage(send.noticeKey(), previous, NumberChangeNotice.text()));
    }

    /**
     * The provider accepted the send's SMS: the code becomes ACTIVE and supersedes the customer's other active codes.
     * Repeatable: a send already accepted (by another node, or before a crash) gives the same answer.
     */
    @Transactional
    public CodeAcceptance accept(PendingCode send) {
        customers.lockForUpdate(send.customerId());
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (codes.accepted(send.id(), now)) {
            codes.supersedeOthers(send.customerId(), send.id(), now);
            if (send.sendNumber() > 1) {
                codes.linkWithdrawn(send.processInstanceId(), send.id());
            }
            codes.casesSupersededBy(send.id()).forEach(other -> metrics.counted(Event.SUPERSEDED));
            metrics.counted(Event.ISSUED);
            LOG.info("Security code {} issued for customer {} in case {}, SMS accepted for {}, valid until {}",
                    send.id(), send.customerId(), send.processInstanceId(), MobileNumbers.mask(send.recipient()),
                    send.expiresAt());
        }
        List<String> superseded = codes.casesSupersededBy(send.id());
        return new CodeAcceptance(new IssuedCode(send.id(), MobileNumbers.mask(send.recipient()), send.expiresAt()),
                superseded);
    }

    /**
     * The agent asked for a new code after an undelivered SMS: the case's code stops working at once, so that no
     * code of the case can be redeemed while the new one is on its way; the new one is recorded as its successor.
     */
    public void withdrawForResend(String processInstanceId) {
        int withdrawn = codes.supersedeForResend(processInstanceId, OffsetDateTime.now(clock));
        LOG.info("Security code of case {} withdrawn for a new send ({} code(s))", processInstanceId, withdrawn);
    }

    /**
     * The case ended unredeemed (closed by the agent, or deleted by an administrator): its pending or active code can
     * no longer be sent or redeemed.
     */
    @Transactional
    public void cancelCodesOf(String processInstanceId, String cancelledBy) {
        int cancelled = codes.cancelOpenCodesOf(processInstanceId, cancelledBy, OffsetDateTime.now(clock));
        if (cancelled > 0) {
            LOG.info("Security code of case {} cancelled by {}", processInstanceId, cancelledBy);
        }
    }

    /** The send whose SMS went out under this message key, if it is a code's. */
    public Optional<PendingCode> sendOf(String messageKey) {
        return codes.findSendByMessageKey(messageKey);
    }

    /**
     * Records the provider's delivery report of a send's SMS.
     *
     * @return whether the report was news (not a repeat, not older than the one recorded)
     */
    @Transactional
    public boolean recordDelivery(PendingCode send, DeliveryStatus status, OffsetDateTime reportedAt) {
        if (!codes.deliveryReported(send.id(), status, reportedAt)) {
            return false;
        }
        LOG.info("Security code {} of case {}: delivery report {} at {}", send.id(), send.processInstanceId(), status,
                reportedAt);
        return true;
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
