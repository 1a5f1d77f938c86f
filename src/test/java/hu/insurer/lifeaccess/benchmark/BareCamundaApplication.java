package hu.insurer.lifeaccess.benchmark;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;

/**
 * The start-up and memory baseline: Spring Boot with the Camunda starters the application uses (engine, webapps,
 * REST) and nothing of the application, on an H2 file database. Started by the benchmark suite in a JVM of its own
 * with {@code --life-access.benchmark.bare-starter=true}; the condition keeps the application's component scan
 * (which reaches this package in the integration tests) from picking it up.
 */
@Configuration(proxyBeanMethods = false)
@EnableAutoConfiguration
@ConditionalOnProperty(name = "life-access.benchmark.bare-starter", havingValue = "true")
public class BareCamundaApplication {

    public static void main(String[] args) {
        SpringApplication.run(BareCamundaApplication.class, args);
    }
}
