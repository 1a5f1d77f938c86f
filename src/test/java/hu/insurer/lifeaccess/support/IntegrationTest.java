package hu.insurer.lifeaccess.support;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: the whole application on a random port, on H2 or on PostgreSQL
 * (see {@link TestDatabase}), with its demo users and data. All subclasses share one application context.
 * The job executor is off: tests run jobs themselves.
 */
@ExtendWith(DatabaseAvailableCondition.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // tests run jobs themselves (ManagementService.executeJob), so that retries and timers are deterministic
        properties = "camunda.bpm.job-execution.enabled=false")
public abstract class IntegrationTest {

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.springProperties("life-access-it").forEach((key, value) -> registry.add(key, () -> value));
    }

    protected CamundaHttp http() {
        return new CamundaHttp("http://localhost:" + port);
    }
}
