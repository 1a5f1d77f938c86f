package hu.insurer.lifeaccess.process;

import static hu.insurer.lifeaccess.process.CaseVariables.INITIATOR;

import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** The agent working the case: the user whose form submission runs this step, else the one who started it. */
@Component
class CurrentAgent {

    private final IdentityService identityService;

    CurrentAgent(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** The user whose request runs this step, if a user's request runs it (not the job executor). */
    Optional<String> authenticatedUserId() {
        Authentication authentication = identityService.getCurrentAuthentication();
        return authentication == null ? Optional.empty() : Optional.ofNullable(authentication.getUserId());
    }

    String userId(DelegateExecution execution) {
        Authentication authentication = identityService.getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        String initiator = INITIATOR.get(execution);
        return initiator == null ? "ismeretlen" : initiator;
    }

    /** "Family Given" name of the agent, for the signature line of the request form; the user id if unknown. */
    String displayName(DelegateExecution execution) {
        String userId = userId(execution);
        User user = identityService.createUserQuery().userId(userId).singleResult();
        return user == null ? userId : (user.getLastName() + " " + user.getFirstName()).trim();
    }
}
