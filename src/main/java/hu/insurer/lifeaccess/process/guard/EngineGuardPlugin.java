package hu.insurer.lifeaccess.process.guard;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Puts the {@link EngineDoorGuard} in front of both of the engine's command chains, so that every API (engine-rest,
 * the webapps' engine API, the Java API) passes it, including endpoints added later.
 */
@Component
class EngineGuardPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // each chain links its interceptors with setNext, so each gets a guard of its own
        configuration.setCustomPreCommandInterceptorsTxRequired(withGuard(
                configuration.getCustomPreCommandInterceptorsTxRequired(), new EngineDoorGuard(configuration)));
        configuration.setCustomPreCommandInterceptorsTxRequiresNew(withGuard(
                configuration.getCustomPreCommandInterceptorsTxRequiresNew(), new EngineDoorGuard(configuration)));
    }

    private static List<CommandInterceptor> withGuard(List<CommandInterceptor> interceptors, EngineDoorGuard guard) {
        List<CommandInterceptor> chain = new ArrayList<>();
        chain.add(guard);
        if (interceptors != null) {
            chain.addAll(interceptors);
        }
        return chain;
    }
}
