package hu.insurer.lifeaccess.process.guard;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shuts the engine's generic doors for authenticated users who are not administrators: only the commands of
 * {@link StaffCommands} pass. It looks at the outermost command only: commands inside another are the engine's and
 * the application's own work (delegates, listeners), and a command without an authenticated user is the application
 * itself (the job executor, the portal's redemption). Administrators keep every tool; the engine records what they
 * do in the user operation log.
 */
final class EngineDoorGuard extends CommandInterceptor {

    private static final Logger LOG = LoggerFactory.getLogger(EngineDoorGuard.class);

    private final ProcessEngineConfigurationImpl configuration;
    private final StaffCommands staffCommands = new StaffCommands(new CaseLookups());

    EngineDoorGuard(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
        Caller caller = guardedCaller();
        if (caller != null) {
            Optional<Refusal> refusal = staffCommands.check(command, caller, next);
            if (refusal.isPresent()) {
                LOG.info("Engine command refused: user {}, {}: {}", caller.userId(), command.getClass().getSimpleName(),
                        refusal.get().reason());
                throw refusal.get().exception();
            }
        }
        return next.execute(command);
    }

    /** The user whose command is checked; null where the guard lets it pass unchecked. */
    private Caller guardedCaller() {
        if (Context.getCommandContext() != null) {
            return null;
        }
        Authentication authentication = configuration.getIdentityService().getCurrentAuthentication();
        if (authentication == null || authentication.getUserId() == null) {
            return null;
        }
        List<String> groupIds = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
        Caller caller = new Caller(authentication.getUserId(), groupIds);
        return isAdministrator(caller) ? null : caller;
    }

    private boolean isAdministrator(Caller caller) {
        List<String> adminUsers = configuration.getAdminUsers();
        List<String> adminGroups = configuration.getAdminGroups();
        return (adminUsers != null && adminUsers.contains(caller.userId()))
                || (adminGroups != null && caller.groupIds().stream().anyMatch(adminGroups::contains));
    }
}
