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

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import hu.insurer.lifeaccess.process.ProcessConstants.Element;
import hu.insurer.lifeaccess.process.ProcessConstants.Variable;

/**
 * Server-side check of every user task submission (Tasklist validates only in the browser). Runs as the
 * task's complete listener: a refusal rolls the completion back, so the task stays open and nothing is written.
 */
@Component("taskSubmissionValidator")
class TaskSubmissionValidator implements TaskListener {

    private final IdentificationSubmission identification;
    private final CaseCustomer caseCustomer;

    TaskSubmissionValidator(IdentificationSubmission identification, CaseCustomer caseCustomer) {
        this.identification = identification;
        this.caseCustomer = caseCustomer;
    }

    @Override
    public void notify(DelegateTask task) {
        switch (task.getTaskDefinitionKey()) {
            case Element.REFINE_SEARCH -> decision(task, Variable.REFINE_DECISION, Set.of(SEARCH, CANCEL));
            case Element.IDENTIFY_CUSTOMER -> {
                String decision = decision(task, Variable.IDENTIFY_DECISION, Set.of(IDENTIFIED, SEARCH_AGAIN, CANCEL));
                if (IDENTIFIED.equals(decision)) {
                    identification.check(task);
                }
            }
            case Element.REVIEW_PARTNER_DATA -> {
                String decision = decision(task, Variable.REVIEW_DECISION, Set.of(CONTINUE, MODIFY_CUSTOMER, BACK));
                if (CONTINUE.equals(decision)
                        && !PartnerDataScreen.isSendable(caseCustomer.of(task).mobileNumber())) {
                    throw new FormSubmissionException("Érvényes mobilszám nélkül a kód nem küldhető ki: "
                            + "válassza az Ügyfélmódosítást, és adja meg az ügyfél mobilszámát.");
                }
            }
            case Element.CORRECT_CUSTOMER_DATA -> {
                String decision = decision(task, Variable.CORRECTION_DECISION, Set.of(SAVE, BACK));
                if (SAVE.equals(decision) && isBlank(task.getVariable(Variable.NEW_MOBILE_NUMBER))) {
                    throw new FormSubmissionException("Adja meg az új mobilszámot.");
                }
            }
            case Element.COLLECT_SIGNATURE -> {
                String decision = decision(task, Variable.SIGNATURE_DECISION, Set.of(SIGNED, BACK));
                if (SIGNED.equals(decision) && !Boolean.TRUE.equals(task.getVariable(Variable.SIGNATURE_CONFIRMED))) {
                    throw new FormSubmissionException(
                            "Erősítse meg, hogy az ügyfél aláírta az igénylő nyomtatványt.");
                }
            }
            case Element.ACKNOWLEDGE_INELIGIBILITY -> {
                if (!Boolean.TRUE.equals(task.getVariable(Variable.INELIGIBILITY_ACKNOWLEDGED))) {
                    throw new FormSubmissionException("Jelölje be, hogy az elutasítás okát tudomásul vette.");
                }
            }
            default -> throw new IllegalStateException(
                    "No submission check for task " + task.getTaskDefinitionKey() + ": add one to the validator");
        }
    }

    private static String decision(DelegateTask task, String variable, Set<String> allowed) {
        Object value = task.getVariable(variable);
        if (value == null || !allowed.contains(value.toString())) {
            throw new FormSubmissionException("Válassza ki, hogyan folytatódjon az ügy.");
        }
        return value.toString();
    }

    static boolean isBlank(Object value) {
        return value == null || value.toString().isBlank();
    }
}
