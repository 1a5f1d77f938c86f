package hu.insurer.lifeaccess.portalaccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PortalAccessTest {

    @Test
    void noAccountHasNoScopes() {
        PortalAccess access = PortalAccess.noAccount();

        assertThat(access.hasAccount()).isFalse();
        assertThat(access.includes(PortalScope.NON_LIFE)).isFalse();
        assertThat(access.includes(PortalScope.LIFE)).isFalse();
    }

    @Test
    void accountIncludesExactlyItsScopes() {
        PortalAccess access = PortalAccess.account(PortalScope.NON_LIFE);

        assertThat(access.hasAccount()).isTrue();
        assertThat(access.includes(PortalScope.NON_LIFE)).isTrue();
        assertThat(access.includes(PortalScope.LIFE)).isFalse();
    }

    @Test
    void repeatedScopesAreAccepted() {
        assertThat(PortalAccess.account(PortalScope.LIFE, PortalScope.LIFE).scopes()).containsExactly(PortalScope.LIFE);
    }

    @Test
    void scopesWithoutAnAccountAreRejected() {
        assertThatThrownBy(() -> new PortalAccess(false, Set.of(PortalScope.NON_LIFE)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scopesAreCopied() {
        Set<PortalScope> scopes = new HashSet<>(Set.of(PortalScope.NON_LIFE));
        PortalAccess access = PortalAccess.account(scopes);

        scopes.add(PortalScope.LIFE);

        assertThat(access.includes(PortalScope.LIFE)).isFalse();
    }
}
