package hu.insurer.lifeaccess.cluster;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** One log line per node when it is ready: which node, and the engine settings that matter in a cluster. */
@Component
class NodeStartReport implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(NodeStartReport.class);

    private final NodeIdentity node;
    private final ProcessEngine engine;
    private final DataSource dataSource;
    private final boolean jobExecutionEnabled;

    NodeStartReport(NodeIdentity node, ProcessEngine engine, DataSource dataSource,
            @Value("${camunda.bpm.job-execution.enabled:true}") boolean jobExecutionEnabled) {
        this.node = node;
        this.engine = engine;
        this.dataSource = dataSource;
        this.jobExecutionEnabled = jobExecutionEnabled;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        JobExecutor jobs = configuration.getJobExecutor();
        String jobExecutor = !jobExecutionEnabled || jobs == null
                ? "off"
                : "on (lock owner " + jobs.getLockOwner()
                        + ", lock time " + jobs.getLockTimeInMillis() + " ms, max jobs per acquisition "
                        + jobs.getMaxJobsPerAcquisition() + ", wait time " + jobs.getWaitTimeInMillis()
                        + " ms, max wait " + jobs.getMaxWait() + " ms)";
        LOG.info("Node {} ready: engine '{}', job executor {}, history level {}, deployment lock {}, database {}",
                node.nodeId(), engine.getName(), jobExecutor, configuration.getHistoryLevel().getName(),
                configuration.isDeploymentLockUsed() ? "on" : "off", database());
    }

    /** Product, version and the JDBC URL without its parameters (they may hold credentials). */
    private String database() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metadata = connection.getMetaData();
            String url = metadata.getURL();
            int parameters = url.indexOf('?');
            return metadata.getDatabaseProductName() + " " + metadata.getDatabaseProductVersion() + " at "
                    + (parameters < 0 ? url : url.substring(0, parameters));
        } catch (SQLException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }
}
