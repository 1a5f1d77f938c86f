package hu.insurer.lifeaccess.securitycode;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import hu.insurer.lifeaccess.customer.CustomerRepository;
import hu.insurer.lifeaccess.portalaccess.PortalAccountRepository;

/**
 * The customer redeems the code on the portal: checks card number, birth date and code, counts failed attempts,
 * enforces expiry, single use and the lock, grants LIFE access and tells the waiting case — in one transaction.
 * Refusals are not logged one by one (a flood of them would fill the log): the callers count them for a summary
 * line; a success and a code's lock are logged.
 */
@Service
public class SecurityCodeRedemption {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityCodeRedemption.class);

    private final CustomerRepository customers;
    private final PortalAccountRepository portalAccounts;
    private final SecurityCodeRepository codes;
    private final SecurityCodeHasher hasher;
    private final CaseNotifier cases;
    private final SecurityCodeSettings settings;
    private final Clock clock;
    private final SecurityCodeMetrics metrics;

    SecurityCodeRedemption(CustomerRepository customers, PortalAccountRepository portalAccounts,
            SecurityCodeRepository codes, SecurityCodeHasher hasher, CaseNotifier cases,
            SecurityCodeSettings settings, Clock clock, SecurityCodeMetrics metrics) {
        this.customers = customers;
        this.portalAccounts = portalAccounts;
        this.codes = codes;
        this.hasher = hasher;
        this.cases = cases;
        this.settings = settings;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Transactional
    public RedemptionOutcome redeem(String customerCardNumber, LocalDate birthDate, SecurityCode code) {
        long started = System.nanoTime();
        RedemptionOutcome outcome = check(customerCardNumber, birthDate, code);
        metrics.redemption(outcome, Duration.ofNanos(System.nanoTime() - started));
        return outcome;
    }

    private RedemptionOutcome check(String customerCardNumber, LocalDate birthDate, SecurityCode code) {
        Optional<Long> customerId = customers.findIdByCardNumberAndBirthDate(customerCardNumber, birthDate);
        if (customerId.isEmpty()) {
            return RedemptionOutcome.INVALID_CODE;
        }
        List<SecurityCodeRecord> customerCodes = codes.codesOf(customerId.get());
        Optional<SecurityCodeRecord> matching = customerCodes.stream()
                .filter(candidate -> hasher.matches(code, candidate.codeHash()))
                .findFirst();
        RedemptionOutcome outcome = matching.isPresent()
                ? redeemMatching(matching.get())
                : countWrongCode(customerCodes);
        if (outcome.isSuccess()) {
            LOG.info("Redemption for customer {}: {}", customerId.get(), outcome);
        }
        return outcome;
    }

    private RedemptionOutcome redeemMatching(SecurityCodeRecord record) {
        return switch (record.status()) {
            case ACTIVE -> OffsetDateTime.now(clock).isBefore(record.expiresAt())
                    ? redeemActive(record)
                    : RedemptionOutcome.CODE_EXPIRED;
            case REDEEMED -> RedemptionOutcome.CODE_ALREADY_USED;
            case EXPIRED -> RedemptionOutcome.CODE_EXPIRED;
            case LOCKED -> RedemptionOutcome.CODE_LOCKED;
            case PENDING, SUPERSEDED, CANCELLED -> RedemptionOutcome.INVALID_CODE;
        };
    }

    private RedemptionOutcome redeemActive(SecurityCodeRecord record) {
        if (!codes.changeStatus(record.id(), SecurityCodeStatus.ACTIVE, SecurityCodeStatus.REDEEMED)) {
            // another request changed it first: answer as that request left it
            return redeemMatching(codes.findById(record.id()).orElseThrow());
        }
        boolean registered = portalAccounts.grantLife(record.customerId());
        cases.codeRedeemed(record.processInstanceId());
        metrics.counted(SecurityCodeMetrics.Event.REDEEMED);
        return registered ? RedemptionOutcome.REGISTERED : RedemptionOutcome.EXTENDED;
    }

    private RedemptionOutcome countWrongCode(List<SecurityCodeRecord> customerCodes) {
        Optional<SecurityCodeRecord> active = customerCodes.stream()
                .filter(candidate -> candidate.status() == SecurityCodeStatus.ACTIVE)
                .findFirst();
        if (active.isPresent()) {
            Optional<Integer> attempts = codes.countFailedAttempt(active.get().id());
            attempts.ifPresent(count -> cases.codeFailedAttempt(active.get().processInstanceId(), count));
            if (attempts.isPresent() && attempts.get() >= settings.maxFailedAttempts()
                    && codes.changeStatus(active.get().id(), SecurityCodeStatus.ACTIVE, SecurityCodeStatus.LOCKED)) {
                LOG.warn("Security code {} locked after {} failed attempts", active.get().id(), attempts.get());
                cases.codeLocked(active.get().processInstanceId());
                metrics.counted(SecurityCodeMetrics.Event.LOCKED);
                return RedemptionOutcome.CODE_LOCKED;
            }
            return RedemptionOutcome.INVALID_CODE;
        }
        boolean newestIsLocked = !customerCodes.isEmpty()
                && customerCodes.get(0).status() == SecurityCodeStatus.LOCKED;
        return newestIsLocked ? RedemptionOutcome.CODE_LOCKED : RedemptionOutcome.INVALID_CODE;
    }
}
