package hu.insurer.lifeaccess.process;

import static hu.insurer.lifeaccess.process.ProcessConstants.Decision.BACK;
import static hu.insurer.lifeaccess.process.ProcessConstants.Decision.CANCEL;
import static hu.insurer.lifeaccess.process.ProcessConstants.Decision.CONTINUE;
import static hu.insurer.lifeaccess.process.ProcessConstants.Decision.IDENTIFIED;
import static hu.insurer.lifeaccess.process.ProcessConstants.Decision.MODIFY_CUSTOMER;
import static hu.insurer.lifeaccess.process.ProcessConstants.Decision.SAVE;
import static hu.insurer.lifeaccess.process.ProcessConstants.Decision.SEARCH;
import static hu.insurer.lifeaccess.process.ProcessConstants.Decision.SEARCH_AGAIN;
import static hu.insurer.lifeaccess.process.ProcessConstants.Decision.SIGNED;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import hu.insurer.lifeaccess.process.ProcessConstants.Element;
import hu.insurer.lifeaccess.process.ProcessConstants.Variable;

/**
 * Server-side check of every user task submission (Tasklist validates only in the browser). Runs as the user task's
 * end listener, in the completing transaction: a refusal rolls the completion back, so the task stays open and
 * nothing is written. (A task listener would do too, but the engine wraps its exceptions and the agent would read
 * "Exception while invoking TaskListener" before the message.)
 */
@Component("taskSubmissionValidator")
class TaskSubmissionValidator implements ExecutionListener {

    private final IdentificationSubmission identification;
    private final CaseCustomer caseCustomer;
    private final FormFieldLimits limits;

    TaskSubmissionValidator(IdentificationSubmission identification, CaseCustomer caseCustomer,
            FormFieldLimits limits) {
        this.identification = identification;
        this.caseCustomer = caseCustomer;
        this.limits = limits;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            // an administrator deletes or modifies the case: there is no submission to check
            return;
        }
        limits.check(execution);
        switch (execution.getCurrentActivityId()) {
            case Element.REFINE_SEARCH -> decision(execution, Variable.REFINE_DECISION, Set.of(SEARCH, CANCEL));
            case Element.IDENTIFY_CUSTOMER -> {
                String decision = decision(execution, Variable.IDENTIFY_DECISION, Set.of(IDENTIFIED, SEARCH_AGAIN, CANCEL));
                if (IDENTIFIED.equals(decision)) {
                    identification.check(execution);
                }
            }
            case Element.REVIEW_PARTNER_DATA -> {
                String decision = decision(execution, Variable.REVIEW_DECISION, Set.of(CONTINUE, MODIFY_CUSTOMER, BACK));
                if (CONTINUE.equals(decision)
                        && !PartnerDataScreen.isSendable(caseCustomer.of(execution).mobileNumber())) {
                    throw new FormSubmissionException("Érvényes mobilszám nélkül a kód nem küldhető ki: "
                            + "válassza az Ügyfélmódosítást, és adja meg az ügyfél mobilszámát.");
                }
            }
            case Element.CORRECT_CUSTOMER_DATA -> {
                String decision = decision(execution, Variable.CORRECTION_DECISION, Set.of(SAVE, BACK));
                if (SAVE.equals(decision) && isBlank(execution.getVariable(Variable.NEW_MOBILE_NUMBER))) {
                    throw new FormSubmissionException("Adja meg az új mobilszámot.");
                }
            }
            case Element.COLLECT_SIGNATURE -> {
                String decision = decision(execution, Variable.SIGNATURE_DECISION, Set.of(SIGNED, BACK));
                if (SIGNED.equals(decision) && !Boolean.TRUE.equals(execution.getVariable(Variable.SIGNATURE_CONFIRMED))) {
                    throw new FormSubmissionException(
                            "Erősítse meg, hogy az ügyfél aláírta az igénylő nyomtatványt.");
                }
            }
            case Element.ACKNOWLEDGE_INELIGIBILITY -> {
                if (!Boolean.TRUE.equals(execution.getVariable(Variable.INELIGIBILITY_ACKNOWLEDGED))) {
                    throw new FormSubmissionException("Jelölje be, hogy az elutasítás okát tudomásul vette.");
                }
            }
            default -> throw new IllegalStateException(
                    "No submission check for execution " + execution.getCurrentActivityId() + ": add one to the validator");
        }
    }

    private static String decision(VariableScope execution, String variable, Set<String> allowed) {
        Object value = execution.getVariable(variable);
        if (value == null || !allowed.contains(value.toString())) {
            throw new FormSubmissionException("Válassza ki, hogyan folytatódjon az ügy.");
        }
        return value.toString();
    }

    static boolean isBlank(Object value) {
        return value == null || value.toString().isBlank();
    }
}
