package hu.insurer.lifeaccess.cluster;

import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.stereotype.Component;

/**
 * Names the node in the engine: Camunda's job log records it as the host that ran each job, and the job executor
 * locks jobs under it (ACT_RU_JOB.LOCK_OWNER_), so an operator sees which node holds or ran a job.
 */
@Component
class ClusterNodeEngineSettings extends AbstractCamundaConfiguration {

    private final NodeIdentity node;

    ClusterNodeEngineSettings(NodeIdentity node) {
        this.node = node;
    }

    @Override
    public void preInit(SpringProcessEngineConfiguration configuration) {
        configuration.setHostname(node.nodeId());
    }

    @Override
    public void postInit(SpringProcessEngineConfiguration configuration) {
        if (configuration.getJobExecutor() != null) {
            configuration.getJobExecutor().setLockOwner(node.nodeId());
        }
    }
}
