package hu.insurer.lifeaccess.process;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import hu.insurer.lifeaccess.customer.Customer;
import hu.insurer.lifeaccess.eligibility.EligibilityCheck;
import hu.insurer.lifeaccess.eligibility.EligibilityDecision;
import hu.insurer.lifeaccess.eligibility.EligibilityTable;

/**
 * The eligibility check again just before sending: the same deployed decision table as the model's business rule
 * task, in its latest version, on the customer's facts now.
 */
@Component
class EligibilityDecisionTable {

    private final EligibilityCheck facts;
    private final DecisionService decisions;

    EligibilityDecisionTable(EligibilityCheck facts, @Lazy DecisionService decisions) {
        this.facts = facts;
        this.decisions = decisions;
    }

    EligibilityDecision decide(Customer customer) {
        VariableMap inputs = Variables.fromMap(EligibilityTable.inputs(facts.facts(customer)));
        var result = decisions.evaluateDecisionTableByKey(EligibilityTable.DECISION_KEY, inputs).getSingleResult();
        return EligibilityTable.decision(result == null ? null : result.getEntryMap());
    }
}
