package hu.insurer.lifeaccess.process;

import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.CUSTOMER_ID;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.CUSTOMER_OPTIONS;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.IDENTITY_DOCUMENT_NUMBER;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.IDENTITY_DOCUMENT_TYPE;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.IDENTITY_VERIFIED;

import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;

import hu.insurer.lifeaccess.customer.DocumentType;

/** "Azonosítva": a customer offered by the search was chosen and identified in person with a valid document. */
@Component
class IdentificationSubmission {

    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 -]{0,29}");

    void check(VariableScope submission) {
        Object customerId = submission.getVariable(CUSTOMER_ID);
        if (TaskSubmissionValidator.isBlank(customerId) || !wasOffered(submission, customerId.toString())) {
            throw new FormSubmissionException("Válasszon ügyfelet a találati listából.");
        }
        if (!isDocumentType(submission.getVariable(IDENTITY_DOCUMENT_TYPE))) {
            throw new FormSubmissionException("Válassza ki, milyen okmánnyal azonosította az ügyfelet.");
        }
        Object number = submission.getVariable(IDENTITY_DOCUMENT_NUMBER);
        if (number == null || !DOCUMENT_NUMBER.matcher(number.toString().trim()).matches()) {
            throw new FormSubmissionException(
                    "Adja meg az okmány számát (legfeljebb 30 karakter: betűk, számjegyek, szóköz, kötőjel).");
        }
        if (!Boolean.TRUE.equals(submission.getVariable(IDENTITY_VERIFIED))) {
            throw new FormSubmissionException(
                    "Erősítse meg, hogy az ügyfelet személyesen, az okmány alapján azonosította.");
        }
    }

    private static boolean wasOffered(VariableScope submission, String customerId) {
        JsonValue options = submission.getVariableTyped(CUSTOMER_OPTIONS);
        if (options == null || options.getValue() == null) {
            return false;
        }
        return options.getValue().elements().stream()
                .map(option -> option.prop("value"))
                .map(SpinJsonNode::stringValue)
                .anyMatch(customerId.trim()::equals);
    }

    private static boolean isDocumentType(Object value) {
        if (value == null) {
            return false;
        }
        for (DocumentType type : DocumentType.values()) {
            if (type.name().equals(value.toString())) {
                return true;
            }
        }
        return false;
    }
}
