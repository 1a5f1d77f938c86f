package hu.insurer.lifeaccess.process;

import static hu.insurer.lifeaccess.process.ProcessConstants.Decision.CANCEL;
import static hu.insurer.lifeaccess.process.ProcessConstants.Decision.SEARCH;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import hu.insurer.lifeaccess.process.ProcessConstants.Element;
import hu.insurer.lifeaccess.process.ProcessConstants.Variable;

/** "Keresés pontosítása": search again (the search step checks the criteria) or give up. */
@Component
class RefineSearchCheck implements SubmissionCheck {

    @Override
    public String taskId() {
        return Element.REFINE_SEARCH;
    }

    @Override
    public void check(DelegateExecution submission) {
        Decisions.require(submission, Variable.REFINE_DECISION, Set.of(SEARCH, CANCEL));
    }
}
