package hu.insurer.lifeaccess.sending;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import hu.insurer.lifeaccess.casefile.CaseFiles;
import hu.insurer.lifeaccess.casefile.SendAuthorization;
import hu.insurer.lifeaccess.casefile.SignedFormOutdatedException;
import hu.insurer.lifeaccess.customer.Customer;
import hu.insurer.lifeaccess.customer.CustomerDataChangeLog;
import hu.insurer.lifeaccess.customer.CustomerRepository;
import hu.insurer.lifeaccess.securitycode.CodeAcceptance;
import hu.insurer.lifeaccess.securitycode.PendingCode;
import hu.insurer.lifeaccess.securitycode.SecurityCodeIssuer;
import hu.insurer.lifeaccess.securitycode.SecurityCodeStatus;
import hu.insurer.lifeaccess.sms.SmsDeliveryException;
import hu.insurer.lifeaccess.sms.SmsGateway;
import hu.insurer.lifeaccess.sms.SmsMessage;
import hu.insurer.lifeaccess.sms.SmsMetrics;

/**
 * Kód küldése as a transactional outbox, in three steps that each stand on their own:
 * <ol>
 * <li>{@link #prepare}: in its own transaction, the case's send is fixed (or found again) and committed — the
 * pending code, its message key, text and recipient;</li>
 * <li>{@link #deliver}: the provider is called with no transaction and no lock held, with that key and text;</li>
 * <li>{@link #accept}: in the sending job's transaction, the acceptance is recorded, so that it commits together
 * with the case's arrival where it waits for the code: a code is ACTIVE exactly when its case can hear that it was
 * redeemed.</li>
 * </ol>
 * A retry — after a timeout, a crash, or on another node — finds the pending send and repeats steps 2 and 3 with
 * the same key and text, so the provider (which delivers a key once) delivers one SMS and one code works.
 */
@Service
public class CodeSending {

    private static final Logger LOG = LoggerFactory.getLogger(CodeSending.class);

    private final CaseFiles caseFiles;
    private final CustomerRepository customers;
    private final CustomerDataChangeLog changeLog;
    private final SecurityCodeIssuer issuer;
    private final SmsGateway sms;
    private final SmsMetrics smsMetrics;
    private final TransactionTemplate ownTransaction;
    private final TransactionTemplate noTransaction;
    private final TransactionTemplate callersTransaction;

    CodeSending(CaseFiles caseFiles, CustomerRepository customers, CustomerDataChangeLog changeLog,
            SecurityCodeIssuer issuer, SmsGateway sms, SmsMetrics smsMetrics, PlatformTransactionManager transactions) {
        this.caseFiles = caseFiles;
        this.customers = customers;
        this.changeLog = changeLog;
        this.issuer = issuer;
        this.sms = sms;
        this.smsMetrics = smsMetrics;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.noTransaction = new TransactionTemplate(transactions);
        this.noTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
        this.callersTransaction = new TransactionTemplate(transactions);
        this.callersTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_MANDATORY);
    }

    /** The send this case already started and has not finished, if any. */
    public Optional<PendingCode> resume(String processInstanceId) {
        return ownTransaction.execute(tx -> startedSend(processInstanceId));
    }

    /**
     * Step 1: fixes the case's next send, as the case record allows it (signed form, same number).
     *
     * @throws SignedFormOutdatedException when the number changed since printing
     */
    public PendingCode prepare(String processInstanceId) {
        // the fall-back to printing must be committed, so the refusal is thrown only after the transaction
        return ownTransaction.execute(tx -> startedSend(processInstanceId).or(() -> newSend(processInstanceId)))
                .orElseThrow(SignedFormOutdatedException::new);
    }

    /**
     * The agent asked for a new code after an undelivered SMS, in the agent's transaction: the case goes back to its
     * signed form, and its code stops working at once (the new send supersedes it).
     */
    public void resendRequested(String processInstanceId) {
        caseFiles.resendAfterFailedDelivery(processInstanceId);
        issuer.withdrawForResend(processInstanceId);
    }

    private Optional<PendingCode> newSend(String processInstanceId) {
        long customerId = caseFiles.identifiedCustomer(processInstanceId);
        Customer customer = customers.findById(customerId).orElseThrow();
        SendAuthorization send;
        try {
            send = caseFiles.authorizeSend(processInstanceId, customer.mobileNumber());
        } catch (SignedFormOutdatedException e) {
            return Optional.empty();
        }
        String replaced = changeLog.mobileNumberBefore(processInstanceId).orElse(null);
        return Optional.of(issuer.createPending(send.customerId(), send.accessCase().name(), processInstanceId,
                send.mobileNumber(), replaced));
    }

    /**
     * Step 2: hands the send's SMS (and the notice to a replaced number) to the provider, outside any transaction.
     *
     * @throws SmsDeliveryException when the provider did not accept the code's SMS
     */
    public void deliver(PendingCode send) {
        noTransaction.executeWithoutResult(tx -> {
            smsMetrics.send(sms, issuer.codeMessage(send));
            issuer.numberChangeNotice(send).ifPresent(this::sendNotice);
        });
    }

    /**
     * Step 3: records that the provider accepted the send, in the caller's transaction (the sending job's), which
     * must exist. Repeatable.
     */
    public CodeAcceptance accept(PendingCode send) {
        return callersTransaction.execute(tx -> {
            caseFiles.lockForSending(send.processInstanceId());
            CodeAcceptance acceptance = issuer.accept(send);
            caseFiles.codeSent(send.processInstanceId());
            return acceptance;
        });
    }

    private Optional<PendingCode> startedSend(String processInstanceId) {
        caseFiles.lockForSending(processInstanceId);
        return issuer.latestSendOf(processInstanceId).filter(latest -> latest.status() == SecurityCodeStatus.PENDING);
    }

    /** The notice is a courtesy: a provider refusing it for good (say, the old number no longer exists) must not stop the code. */
    private void sendNotice(SmsMessage notice) {
        try {
            smsMetrics.send(sms, notice);
        } catch (SmsDeliveryException e) {
            if (e.isRetryable()) {
                throw e;
            }
            LOG.warn("Notice of the number change to {} refused for good, the code goes anyway: {}",
                    notice.maskedRecipient(), e.getMessage());
        }
    }
}
