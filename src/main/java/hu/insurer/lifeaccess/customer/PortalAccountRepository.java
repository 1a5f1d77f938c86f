package hu.insurer.lifeaccess.customer;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class PortalAccountRepository {

    private final JdbcClient jdbc;
    private final Clock clock;

    public PortalAccountRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Grants access to life products: opens a portal account with the LIFE scope when the customer has none
     * (returns true: a registration), or adds LIFE to the existing account (returns false: an extension).
     */
    public boolean grantLife(long customerId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Long> accounts = jdbc.sql("SELECT id FROM portal_account WHERE customer_id = ?")
                .param(customerId).query(Long.class).list();
        boolean registration = accounts.isEmpty();
        long accountId;
        if (registration) {
            KeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO portal_account (customer_id, created_at) VALUES (?, ?)")
                    .params(customerId, now).update(key, "id");
            accountId = key.getKeyAs(Number.class).longValue();
        } else {
            accountId = accounts.get(0);
        }
        boolean hasLife = jdbc.sql("SELECT COUNT(*) FROM portal_account_scope WHERE portal_account_id = ? AND scope = ?")
                .params(accountId, PortalScope.LIFE.name()).query(Long.class).single() > 0;
        if (!hasLife) {
            jdbc.sql("INSERT INTO portal_account_scope (portal_account_id, scope, granted_at) VALUES (?, ?, ?)")
                    .params(accountId, PortalScope.LIFE.name(), now).update();
        }
        return registration;
    }

    public PortalAccess accessOf(long customerId) {
        List<Long> accounts = jdbc.sql("SELECT id FROM portal_account WHERE customer_id = ?")
                .param(customerId).query(Long.class).list();
        if (accounts.isEmpty()) {
            return PortalAccess.noAccount();
        }
        Set<PortalScope> scopes = EnumSet.noneOf(PortalScope.class);
        jdbc.sql("SELECT scope FROM portal_account_scope WHERE portal_account_id = ?")
                .param(accounts.get(0)).query(String.class).list()
                .forEach(scope -> scopes.add(PortalScope.valueOf(scope)));
        return PortalAccess.account(scopes);
    }
}
