package hu.insurer.lifeaccess.portalaccess;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A customer's Ügyfélportál access: no account at all, or an account with the product scopes it may see. */
public record PortalAccess(boolean hasAccount, Set<PortalScope> scopes) {

    public PortalAccess {
        Objects.requireNonNull(scopes, "scopes");
        if (!hasAccount && !scopes.isEmpty()) {
            throw new IllegalArgumentException("Without a portal account there are no scopes");
        }
        scopes = Set.copyOf(scopes);
    }

    public static PortalAccess noAccount() {
        return new PortalAccess(false, Set.of());
    }

    public static PortalAccess account(Set<PortalScope> scopes) {
        return new PortalAccess(true, scopes);
    }

    public static PortalAccess account(PortalScope... scopes) {
        return account(Set.copyOf(List.of(scopes)));
    }

    public boolean includes(PortalScope scope) {
        return scopes.contains(scope);
    }
}
