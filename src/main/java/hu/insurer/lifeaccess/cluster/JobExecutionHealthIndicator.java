package hu.insurer.lifeaccess.cluster;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * The {@code jobExecution} health of the liveness group: DOWN when the job executor should run but does not (a
 * node that sends no SMS must be restarted); UP, marked as off, on a node configured without it. Unlike the
 * starter's own {@code jobExecutor} indicator it exists in both cases, so the health groups need no change.
 */
@Component("jobExecutionHealthIndicator")
class JobExecutionHealthIndicator extends AbstractHealthIndicator {

    private final ProcessEngine engine;
    private final boolean enabled;

    JobExecutionHealthIndicator(ProcessEngine engine,
            @Value("${camunda.bpm.job-execution.enabled:true}") boolean enabled) {
        this.engine = engine;
        this.enabled = enabled;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        JobExecutor jobs = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        if (!enabled) {
            builder.up().withDetail("jobExecutor", "off");
        } else if (jobs != null && jobs.isActive()) {
            builder.up().withDetail("jobExecutor", "running");
        } else {
            builder.down().withDetail("jobExecutor", "not running");
        }
    }
}
