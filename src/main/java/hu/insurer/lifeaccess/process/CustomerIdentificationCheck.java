package hu.insurer.lifeaccess.process;

import static hu.insurer.lifeaccess.process.CaseVariables.IDENTIFIED_AT;
import static hu.insurer.lifeaccess.process.CaseVariables.IDENTIFIED_BY;
import static hu.insurer.lifeaccess.process.CaseVariables.IDENTITY_DOCUMENT_NUMBER;
import static hu.insurer.lifeaccess.process.CaseVariables.IDENTITY_VERIFIED;
import static hu.insurer.lifeaccess.process.ProcessConstants.Decision.CANCEL;
import static hu.insurer.lifeaccess.process.ProcessConstants.Decision.IDENTIFIED;
import static hu.insurer.lifeaccess.process.ProcessConstants.Decision.SEARCH_AGAIN;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.CUSTOMER_ID;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.IDENTIFY_DECISION;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.IDENTITY_DOCUMENT_TYPE;

import java.util.Date;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import hu.insurer.lifeaccess.casefile.CaseFiles;
import hu.insurer.lifeaccess.casefile.Identification;
import hu.insurer.lifeaccess.customer.DocumentType;
import hu.insurer.lifeaccess.process.ProcessConstants.Element;

/**
 * "Azonosítva": a customer the case's search offered was chosen and identified in person with a valid document.
 * The case record keeps the fact (the document only as a keyed hash and its last characters); the case's variable
 * keeps only the masked number, and the history never sees the full one (HistoryRedaction).
 */
@Component
class CustomerIdentificationCheck implements SubmissionCheck {

    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 -]{0,29}");

    private final CaseFiles caseFiles;
    private final CurrentAgent agent;

    CustomerIdentificationCheck(CaseFiles caseFiles, CurrentAgent agent) {
        this.caseFiles = caseFiles;
        this.agent = agent;
    }

    @Override
    public String taskId() {
        return Element.IDENTIFY_CUSTOMER;
    }

    @Override
    public void check(DelegateExecution submission) {
        String decision = Decisions.require(submission, IDENTIFY_DECISION, Set.of(IDENTIFIED, SEARCH_AGAIN, CANCEL));
        if (!IDENTIFIED.equals(decision)) {
            return;
        }
        long customerId = customerId(submission.getVariable(CUSTOMER_ID));
        DocumentType documentType = documentType(submission.getVariable(IDENTITY_DOCUMENT_TYPE));
        String number = IDENTITY_DOCUMENT_NUMBER.submitted(submission).orElse(null);
        if (number == null || !DOCUMENT_NUMBER.matcher(number.trim()).matches()) {
            throw new FormSubmissionException(
                    "Adja meg az okmány számát (legfeljebb 30 karakter: betűk, számjegyek, szóköz, kötőjel).");
        }
        if (!IDENTITY_VERIFIED.submitted(submission).orElse(false)) {
            throw new FormSubmissionException(
                    "Erősítse meg, hogy az ügyfelet személyesen, az okmány alapján azonosította.");
        }
        Identification identification = CaseSteps.refusedAsFormError(() -> caseFiles.identify(
                submission.getProcessInstanceId(), customerId, agent.userId(submission), documentType,
                number.trim()));
        IDENTITY_DOCUMENT_NUMBER.set(submission, identification.maskedDocumentNumber());
        IDENTIFIED_BY.set(submission, identification.identifiedBy());
        IDENTIFIED_AT.set(submission, Date.from(identification.identifiedAt().toInstant()));
    }

    private static long customerId(Object value) {
        try {
            return Long.parseLong(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            throw new FormSubmissionException("Válasszon ügyfelet a találati listából.");
        }
    }

    private static DocumentType documentType(Object value) {
        for (DocumentType type : DocumentType.values()) {
            if (value != null && type.name().equals(value.toString())) {
                return type;
            }
        }
        throw new FormSubmissionException("Válassza ki, milyen okmánnyal azonosította az ügyfelet.");
    }
}
