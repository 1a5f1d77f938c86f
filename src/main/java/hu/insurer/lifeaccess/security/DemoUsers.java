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

/** The demo users of DESIGN §7 (password = user id). Never under the prod profile. */
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
            new DemoUser("auditor", "Auditor", "Demo", CamundaGroups.AUDITORS),
            new DemoUser("monitor", "Metrikák", "Technikai", CamundaGroups.MONITORING),
            new DemoUser("portal", "Ügyfélportál", "Technikai", CamundaGroups.PORTAL_CLIENTS));

    private final IdentityService identityService;

    DemoUsers(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public void run(ApplicationArguments args) {
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
