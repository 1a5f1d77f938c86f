package hu.insurer.lifeaccess.support;

import java.util.Set;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitializationDetector;

/**
 * Makes the Camunda engine wait for Flyway. Flyway refuses to migrate a non-empty schema without its history
 * table, so on an empty database the domain migrations must run before Camunda creates its ACT_* tables.
 */
public class ProcessEngineAfterFlywayDetector implements DependsOnDatabaseInitializationDetector {

    @Override
    public Set<String> detect(ConfigurableListableBeanFactory beanFactory) {
        return Set.of(beanFactory.getBeanNamesForType(ProcessEngineConfigurationImpl.class, false, false));
    }
}
