package hu.insurer.lifeaccess.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo staff users (password = user id). Never under the prod profile. */
@Component
@Order(1)
@ConditionalOnProperty(name = "life-access.demo.enabled", havingValue = "true")
class DemoUsers implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

    record DemoUser(String id, String firstName, String lastName, String groupId) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "Adminisztrátor", "Demo", CamundaGroups.ADMINS),
            new DemoUser("agent", "Ügyintéző", "Demo", CamundaGroups.AGENTS),
            new DemoUser("agent2", "Ügyintéző", "Második", CamundaGroups.AGENTS),
            new DemoUser("supervisor", "Csoportvezető", "Demo", CamundaGroups.SUPERVISORS),
            new DemoUser("auditor", "Auditor", "Demo", CamundaGroups.AUDITORS),
            new DemoUser("monitor", "Metrikák", "Technikai", CamundaGroups.MONITORING));

    /**
     * The portal client was a Camunda user once, which strangers could lock with wrong passwords; it has its own
     * credential now (life-access.portal.client), and a development database loses the old user and group.
     */
    private static final String RETIRED_PORTAL_USER = "portal";
    private static final String RETIRED_PORTAL_GROUP = "portal-clients";

    private final IdentityService identityService;

    DemoUsers(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (identityService.createUserQuery().userId(RETIRED_PORTAL_USER).memberOfGroup(RETIRED_PORTAL_GROUP).count() > 0) {
            identityService.deleteUser(RETIRED_PORTAL_USER);
            LOG.warn("Retired demo user '{}' deleted: the portal client has its own credential now", RETIRED_PORTAL_USER);
        }
        if (identityService.createGroupQuery().groupId(RETIRED_PORTAL_GROUP).count() > 0) {
            identityService.deleteGroup(RETIRED_PORTAL_GROUP);
        }
        for (DemoUser demo : USERS) {
            if (identityService.createUserQuery().userId(demo.id()).count() > 0) {
                continue;
            }
            User user = identityService.newUser(demo.id());
            user.setFirstName(demo.firstName());
            user.setLastName(demo.lastName());
            user.setPassword(demo.id());
            user.setEmail(demo.id() + "@demo.invalid");
            identityService.saveUser(user);
            identityService.createMembership(demo.id(), demo.groupId());
            LOG.warn("Demo user '{}' created in group '{}' (password = user id): not for production", demo.id(), demo.groupId());
        }
    }
}
