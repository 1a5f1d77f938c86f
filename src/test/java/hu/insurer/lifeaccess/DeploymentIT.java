package hu.insurer.lifeaccess;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import hu.insurer.lifeaccess.process.ProcessConstants;
import hu.insurer.lifeaccess.support.IntegrationTest;

/** The starter skips *.form files unless told: every model and every form must reach the engine. */
class DeploymentIT extends IntegrationTest {

    @Autowired
    RepositoryService repositoryService;

    @Test
    void deploysTheProcessModelAndEveryFormOfTheProject() throws IOException {
        ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(ProcessConstants.PROCESS_KEY).latestVersion().singleResult();
        assertThat(definition).isNotNull();
        assertThat(definition.getName()).isEqualTo("ÜP élet ügyfélbiztonsági kód generálás");

        List<String> deployed = repositoryService.getDeploymentResources(definition.getDeploymentId()).stream()
                .map(resource -> resource.getName().replaceAll(".*/", ""))
                .toList();
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        List<String> projectFiles = Stream.concat(
                        Arrays.stream(resolver.getResources("classpath*:bpmn/*.bpmn")),
                        Arrays.stream(resolver.getResources("classpath*:forms/*.form")))
                .map(Resource::getFilename)
                .toList();

        assertThat(projectFiles).contains("customer-search.form", "customer-identification.form",
                "partner-data-review.form", "customer-data-correction.form", "signature.form");
        assertThat(deployed).containsAll(projectFiles).contains("security-code-issuance.bpmn");
    }
}
