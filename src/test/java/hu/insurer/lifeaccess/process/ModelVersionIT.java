package hu.insurer.lifeaccess.process;

import static hu.insurer.lifeaccess.process.ProcessConstants.Element.ACKNOWLEDGE_INELIGIBILITY;
import static hu.insurer.lifeaccess.process.ProcessConstants.Element.COLLECT_SIGNATURE;
import static hu.insurer.lifeaccess.process.ProcessConstants.Element.IDENTIFY_CUSTOMER;
import static hu.insurer.lifeaccess.process.ProcessConstants.Element.REVIEW_PARTNER_DATA;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.INELIGIBILITY_REASON;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.REVIEW_DECISION;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.SEARCH_CUSTOMER_CARD_NUMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import hu.insurer.lifeaccess.eligibility.EligibilityTable;

/**
 * What the process owner's guide promises about running cases when a changed model or table is deployed: a case
 * finishes on the model version it started on (an administrator may migrate it), while a new table version decides
 * every eligibility check from its deployment on, running cases included.
 */
class ModelVersionIT extends ProcessTest {

    private static final String REVIEW_LABEL = "name=\"Partneradatok ellenőrzése\"";
    private static final String CHANGED_REVIEW_LABEL = "name=\"Partneradatok és mobilszám ellenőrzése\"";

    @Autowired
    RepositoryService repositoryService;

    private Deployment changed;

    @AfterEach
    void removeTheChangedVersion() {
        if (changed != null) {
            // the cases started on it go too, and the application's own version is the latest again
            repositoryService.deleteDeployment(changed.getId(), true);
        }
    }

    @Test
    void aRunningCaseFinishesOnItsVersionAndNewCasesStartOnTheNewOne() throws IOException {
        ProcessInstance running = reviewing("100000001");
        ProcessDefinition before = definitionOf(running);

        ProcessDefinition after = deployModel(model().replace(REVIEW_LABEL, CHANGED_REVIEW_LABEL));

        assertThat(after.getVersion()).isEqualTo(before.getVersion() + 1);
        assertThat(task(running).getName()).isEqualTo("Partneradatok ellenőrzése");
        submit(running, REVIEW_DECISION, "CONTINUE");
        assertThat(running).isWaitingAt(COLLECT_SIGNATURE);
        assertThat(definitionOf(running).getId()).isEqualTo(before.getId());

        ProcessInstance started = reviewing("100000001");
        assertThat(definitionOf(started).getId()).isEqualTo(after.getId());
        assertThat(task(started).getName()).isEqualTo("Partneradatok és mobilszám ellenőrzése");
    }

    @Test
    void anAdministratorMayMigrateAWaitingCaseToTheNewVersion() throws IOException {
        ProcessInstance running = reviewing("100000001");
        ProcessDefinition before = definitionOf(running);
        ProcessDefinition after = deployModel(model().replace(REVIEW_LABEL, CHANGED_REVIEW_LABEL));

        MigrationPlan plan = runtimeService.createMigrationPlan(before.getId(), after.getId())
                .mapEqualActivities().updateEventTriggers().build();
        runtimeService.newMigration(plan).processInstanceIds(running.getId()).execute();

        assertThat(definitionOf(running).getId()).isEqualTo(after.getId());
        assertThat(running).isWaitingAt(REVIEW_PARTNER_DATA);
        submit(running, REVIEW_DECISION, "CONTINUE");
        assertThat(running).isWaitingAt(COLLECT_SIGNATURE);
    }

    @Test
    void aNewTableVersionDecidesFromItsDeploymentOnAlsoForRunningCases() throws IOException {
        ProcessInstance waiting = startSearch(SEARCH_CUSTOMER_CARD_NUMBER, "100000003");
        assertThat(waiting).isWaitingAt(IDENTIFY_CUSTOMER);
        String table = Files.readString(Path.of(EligibilityTable.RESOURCE));
        String reworded = "Nincs élő Életprogram vagy Klasszikus szerződése: kód nem adható.";
        String changedTable = table.replaceFirst(
                "\"Az ügyfél nem szerződője élő Életprogram vagy Klasszikus szerződésnek[^\"]*\"", "\"" + reworded + "\"");
        assertThat(changedTable).isNotEqualTo(table);
        changed = repositoryService.createDeployment().name("eligibility table changed by the process owner")
                .addString("eligibility.dmn", changedTable).deploy();

        identify(waiting, "100000003");

        assertThat(waiting).isWaitingAt(ACKNOWLEDGE_INELIGIBILITY).variables()
                .containsEntry(INELIGIBILITY_REASON, reworded);
    }

    private ProcessInstance reviewing(String cardNumber) {
        ProcessInstance instance = startSearch(SEARCH_CUSTOMER_CARD_NUMBER, cardNumber);
        identify(instance, cardNumber);
        assertThat(instance).isWaitingAt(REVIEW_PARTNER_DATA);
        return instance;
    }

    private ProcessDefinition deployModel(String xml) {
        changed = repositoryService.createDeployment().name("model changed by the process owner")
                .addString("security-code-issuance.bpmn", xml).deploy();
        return repositoryService.createProcessDefinitionQuery().deploymentId(changed.getId()).singleResult();
    }

    private ProcessDefinition definitionOf(ProcessInstance instance) {
        String id = runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
                .getProcessDefinitionId();
        return repositoryService.getProcessDefinition(id);
    }

    private static String model() throws IOException {
        try (var in = ModelVersionIT.class.getClassLoader().getResourceAsStream(TaskSubmissionValidator.MODEL)) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(xml).contains(REVIEW_LABEL);
            return xml;
        }
    }
}
