package hu.insurer.lifeaccess.casefile;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import hu.insurer.lifeaccess.customer.DocumentType;
import hu.insurer.lifeaccess.eligibility.EligibilityDecision;

/**
 * The case record as a small state machine: each step records the fact it established and may run only when the
 * facts it needs are there (docs/decisions/0003-server-side-case-record.md). A refused step throws
 * {@link CaseStepRefusedException} and records nothing. Every method runs inside the caller's transaction (the
 * engine's, for the process steps) and holds the case's row until it ends.
 */
@Service
public class CaseFiles {

    private static final Logger LOG = LoggerFactory.getLogger(CaseFiles.class);

    private final CaseFileRepository repository;
    private final DocumentNumbers documentNumbers;
    private final Clock clock;

    CaseFiles(CaseFileRepository repository, DocumentNumbers documentNumbers, Clock clock) {
        this.repository = repository;
        this.documentNumbers = documentNumbers;
        this.clock = clock;
    }

    /** A new case of the agent who starts it, with its case number. */
    public CaseFile open(String processInstanceId, String ownerId) {
        if (ownerId == null || ownerId.isBlank()) {
            throw new CaseStepRefusedException("Ügyet csak bejelentkezett ügyintéző indíthat.");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = repository.insert(processInstanceId, ownerId, now);
        repository.setCaseNumber(id, CaseNumbers.of(id, now));
        CaseFile opened = repository.findByProcessInstance(processInstanceId).orElseThrow();
        LOG.info("Case {} opened by {} (process instance {})", opened.caseNumber(), ownerId, processInstanceId);
        return opened;
    }

    public Optional<CaseFile> find(String processInstanceId) {
        return repository.findByProcessInstance(processInstanceId);
    }

    public Optional<CaseFile> findByCaseNumber(String caseNumber) {
        return repository.findByCaseNumber(caseNumber);
    }

    /** A search offered these customers: identification may choose only among them; what came after is void. */
    public void offer(String processInstanceId, Collection<Long> customerIds) {
        CaseFile file = lock(processInstanceId);
        requireBeforeSignature(file);
        repository.restart(file.id(), OffsetDateTime.now(clock));
        repository.replaceOffered(file.id(), customerIds);
    }

    /** The agent identified the customer in person; only the document's keyed hash and last characters are kept. */
    public Identification identify(String processInstanceId, long customerId, String agent,
            DocumentType documentType, String documentNumber) {
        CaseFile file = lock(processInstanceId);
        requireOwner(file, agent);
        requireBeforeSignature(file);
        if (!repository.wasOffered(file.id(), customerId)) {
            throw new CaseStepRefusedException("Válasszon ügyfelet a találati listából.");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        String last = DocumentNumbers.lastCharacters(documentNumber);
        repository.identified(file.id(), customerId, agent, now, Objects.requireNonNull(documentType),
                documentNumbers.hash(documentNumber), last);
        LOG.info("Case {}: customer {} identified in person by {}", file.caseNumber(), customerId, agent);
        return new Identification(agent, now, documentType, last);
    }

    /** The customer the agent identified in this case. */
    public long identifiedCustomer(String processInstanceId) {
        CaseFile file = repository.findByProcessInstance(processInstanceId).orElseThrow(CaseFiles::noCase);
        if (file.customerId() == null || file.state() == CaseState.OPENED) {
            throw new CaseStepRefusedException("Az ügyben még nincs személyesen azonosított ügyfél.");
        }
        return file.customerId();
    }

    public void decideEligibility(String processInstanceId, EligibilityDecision decision) {
        CaseFile file = lock(processInstanceId);
        requireState(file, Set.of(CaseState.IDENTIFIED), "Az ügyfelet előbb azonosítani kell.");
        repository.eligibilityDecided(file.id(), decision.eligible() ? CaseState.ELIGIBLE : CaseState.NOT_ELIGIBLE,
                decision.accessCase(), decision.ineligibilityReason(), OffsetDateTime.now(clock));
    }

    /** The identified customer's data may be changed in the case only once they were found eligible. */
    public long customerForDataChange(String processInstanceId, String agent) {
        CaseFile file = lock(processInstanceId);
        requireOwner(file, agent);
        requireState(file, Set.of(CaseState.ELIGIBLE, CaseState.FORM_PRINTED),
                "Ügyféladat csak azonosított, jogosult ügyfélnél, aláírás előtt módosítható.");
        return file.customerId();
    }

    /** After a data change a printed form no longer shows the customer's data: it must be printed again. */
    public void customerDataChanged(String processInstanceId) {
        CaseFile file = lock(processInstanceId);
        if (file.state() == CaseState.FORM_PRINTED) {
            repository.changeState(file.id(), CaseState.ELIGIBLE, OffsetDateTime.now(clock));
        }
    }

    /** The request form for the identified, eligible customer, printed with this mobile number. */
    public RequestForm printRequestForm(String processInstanceId, String mobileNumber, String fileName, byte[] pdf,
            String agent) {
        CaseFile file = lock(processInstanceId);
        requireOwner(file, agent);
        requireState(file, Set.of(CaseState.ELIGIBLE, CaseState.FORM_PRINTED),
                "Igénylő nyomtatvány csak azonosított, jogosult ügyfélnek nyomtatható.");
        OffsetDateTime now = OffsetDateTime.now(clock);
        long formId = repository.insertRequestForm(file.id(), file.customerId(), mobileNumber, fileName, sha256(pdf),
                pdf, agent, now);
        repository.formPrinted(file.id(), formId, now);
        return repository.findRequestForm(formId).orElseThrow();
    }

    /** The customer signed the form printed last in this case. */
    public RequestForm sign(String processInstanceId, String agent) {
        CaseFile file = lock(processInstanceId);
        requireOwner(file, agent);
        requireState(file, Set.of(CaseState.FORM_PRINTED),
                "Aláírás csak az ebben az ügyben kinyomtatott igénylő nyomtatványra rögzíthető.");
        repository.signed(file.id(), agent, OffsetDateTime.now(clock));
        LOG.info("Case {}: request form {} signed, confirmed by {}", file.caseNumber(), file.requestFormId(), agent);
        return repository.findRequestForm(file.requestFormId()).orElseThrow();
    }

    /**
     * A code may go only after a signature, only to the identified customer, and only to the number printed on the
     * signed form; if the customer's number changed since, the case falls back to printing a new form.
     *
     * @param currentMobileNumber the customer's mobile number now
     * @throws SignedFormOutdatedException when the signed form names another number
     */
    public SendAuthorization authorizeSend(String processInstanceId, String currentMobileNumber) {
        CaseFile file = lock(processInstanceId);
        requireState(file, Set.of(CaseState.SIGNED), "Kód csak az ügyfél által aláírt nyomtatvány után küldhető.");
        RequestForm signed = repository.findRequestForm(file.requestFormId()).orElseThrow();
        if (signed.customerId() != file.customerId()) {
            throw new IllegalStateException("Case " + file.caseNumber() + ": the signed form is of another customer");
        }
        if (!signed.mobileNumber().equals(currentMobileNumber)) {
            repository.changeState(file.id(), CaseState.ELIGIBLE, OffsetDateTime.now(clock));
            LOG.info("Case {}: the customer's mobile number changed after printing; a new form must be signed",
                    file.caseNumber());
            throw new SignedFormOutdatedException();
        }
        return new SendAuthorization(file.id(), file.caseNumber(), file.customerId(), file.accessCase(),
                signed.mobileNumber());
    }

    /** The check just before sending found the customer no longer eligible: no code, the case ends so. */
    public void noLongerEligible(String processInstanceId, EligibilityDecision decision) {
        CaseFile file = lock(processInstanceId);
        requireState(file, Set.of(CaseState.SIGNED), "Kód csak az ügyfél által aláírt nyomtatvány után küldhető.");
        repository.eligibilityDecided(file.id(), CaseState.NOT_ELIGIBLE, null, decision.ineligibilityReason(),
                OffsetDateTime.now(clock));
        LOG.info("Case {}: customer {} no longer eligible at sending", file.caseNumber(), file.customerId());
    }

    /** Locks the case for a step of sending its code and tells where it stands. */
    public CaseState lockForSending(String processInstanceId) {
        return lock(processInstanceId).state();
    }

    /** The provider accepted the case's code (repeatable: a second acceptance of the same send changes nothing). */
    public void codeSent(String processInstanceId) {
        CaseFile file = lock(processInstanceId);
        requireState(file, Set.of(CaseState.SIGNED, CaseState.CODE_SENT),
                "Kód csak az ügyfél által aláírt nyomtatvány után küldhető.");
        if (file.state() == CaseState.SIGNED) {
            repository.codeSent(file.id(), OffsetDateTime.now(clock));
        }
    }

    /**
     * The provider reported the code's SMS undelivered and the agent chose to send a new code: the case may send
     * again, to the number of the signed form (checked again at sending).
     */
    public void resendAfterFailedDelivery(String processInstanceId) {
        CaseFile file = lock(processInstanceId);
        requireState(file, Set.of(CaseState.CODE_SENT), "Új kód csak egy már elküldött kód helyett kérhető.");
        repository.changeState(file.id(), CaseState.SIGNED, OffsetDateTime.now(clock));
        LOG.info("Case {}: a new code replaces the one whose SMS was not delivered", file.caseNumber());
    }

    /** A supervisor handed the case to another agent: its further tasks are theirs. */
    public void reassign(String processInstanceId, String newOwner) {
        CaseFile file = lock(processInstanceId);
        if (!file.ownerId().equals(newOwner)) {
            repository.changeOwner(file.id(), newOwner, OffsetDateTime.now(clock));
            LOG.info("Case {} handed over from {} to {}", file.caseNumber(), file.ownerId(), newOwner);
        }
    }

    public Optional<RequestForm> requestForm(long requestFormId) {
        return repository.findRequestForm(requestFormId);
    }

    public Optional<byte[]> requestFormPdf(long requestFormId) {
        return repository.requestFormPdf(requestFormId);
    }

    private CaseFile lock(String processInstanceId) {
        return repository.findByProcessInstanceForUpdate(processInstanceId).orElseThrow(CaseFiles::noCase);
    }

    private static CaseStepRefusedException noCase() {
        return new CaseStepRefusedException("Az ügy nem található.");
    }

    private static void requireOwner(CaseFile file, String agent) {
        if (!file.ownerId().equals(agent)) {
            throw new CaseStepRefusedException("Ezt az ügyet " + file.ownerId()
                    + " ügyintéző vezeti; csak ő, vagy akinek a csoportvezető átadja, folytathatja.");
        }
    }

    private static void requireBeforeSignature(CaseFile file) {
        if (!file.state().isBeforeSignature()) {
            throw new CaseStepRefusedException("Az aláírt igénylés után az ügyfél már nem módosítható.");
        }
    }

    private static void requireState(CaseFile file, Set<CaseState> allowed, String message) {
        if (!allowed.contains(file.state())) {
            throw new CaseStepRefusedException(message);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
