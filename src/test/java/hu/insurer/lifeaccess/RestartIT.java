package hu.insurer.lifeaccess;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import hu.insurer.lifeaccess.process.ProcessConstants;
import hu.insurer.lifeaccess.security.CamundaGroups;
import hu.insurer.lifeaccess.support.DatabaseAvailableCondition;
import hu.insurer.lifeaccess.support.TestDatabase;

/** A case waits days for its code: stopping and starting the application must keep it, and add no demo data twice. */
@ExtendWith(DatabaseAvailableCondition.class)
class RestartIT {

    @Test
    void aCaseStartedBeforeARestartIsStillThereAfterIt() throws Exception {
        Map<String, Object> properties = new HashMap<>(TestDatabase.springProperties("restart"));
        if (!TestDatabase.isPostgres()) {
            // the default profile's kind of database: an H2 file, not memory
            Path folder = Files.createTempDirectory("life-access-restart");
            properties.put("spring.datasource.url", "jdbc:h2:file:" + folder.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE");
        }
        // a second engine in this JVM must not take the name of the shared test application's engine
        properties.put("camunda.bpm.process-engine-name", "restart");
        properties.put("server.port", "0");
        properties.put("camunda.bpm.job-execution.enabled", "false");

        String instanceId;
        long customersBefore;
        try (ConfigurableApplicationContext first = start(properties)) {
            // as the agent starts it: a case belongs to the agent who opened it
            IdentityService identity = first.getBean(IdentityService.class);
            identity.setAuthentication("agent", List.of(CamundaGroups.AGENTS));
            ProcessInstance instance;
            try {
                instance = first.getBean(RuntimeService.class).startProcessInstanceByKey(ProcessConstants.PROCESS_KEY,
                        Map.of(ProcessConstants.Variable.SEARCH_CUSTOMER_TYPE, "PERSON",
                                ProcessConstants.Variable.SEARCH_CUSTOMER_CARD_NUMBER, "123456789"));
            } finally {
                identity.clearAuthentication();
            }
            instanceId = instance.getId();
            customersBefore = customerCount(first);
        }

        try (ConfigurableApplicationContext second = start(properties)) {
            assertThat(second.getBean(RuntimeService.class).createProcessInstanceQuery()
                    .processInstanceId(instanceId).count()).isEqualTo(1);
            assertThat(second.getBean(TaskService.class).createTaskQuery().processInstanceId(instanceId)
                    .singleResult().getTaskDefinitionKey()).isEqualTo(ProcessConstants.Element.IDENTIFY_CUSTOMER);
            assertThat(customerCount(second)).isEqualTo(customersBefore).isGreaterThanOrEqualTo(8);
        }
    }

    private static ConfigurableApplicationContext start(Map<String, Object> properties) {
        return new SpringApplicationBuilder(LifeAccessApplication.class).properties(properties).run();
    }

    private static long customerCount(ConfigurableApplicationContext context) {
        return context.getBean(JdbcClient.class).sql("SELECT COUNT(*) FROM customer").query(Long.class).single();
    }
}
