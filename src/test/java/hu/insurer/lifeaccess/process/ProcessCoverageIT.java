package hu.insurer.lifeaccess.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import hu.insurer.lifeaccess.support.DatabaseAvailableCondition;
import hu.insurer.lifeaccess.support.ProcessCoverage;

/**
 * Runs after every other integration test (junit-platform.properties orders classes by @Order) and checks that
 * together they took every flow node and sequence flow of the model; the report is in target/process-coverage/.
 */
@Order(Integer.MAX_VALUE)
@ExtendWith(DatabaseAvailableCondition.class)
class ProcessCoverageIT {

    @Test
    void everyFlowNodeAndSequenceFlowOfTheModelIsCovered() {
        assertThat(ProcessCoverage.report(ProcessConstants.PROCESS_KEY, "bpmn/security-code-issuance.bpmn")).isEmpty();
    }
}
