package hu.insurer.lifeaccess.portalaccess;

import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** A customer's Ügyfélportál account and its scopes (tables of V1__domain_schema.sql). */
@Repository
public class PortalAccountRepository {

    public static final String INSERT_ACCOUNT =
            "INSERT INTO portal_account (customer_id, created_at) VALUES (:customer, :now)";

    public static final String INSERT_SCOPE =
            "INSERT INTO portal_account_scope (portal_account_id, scope, granted_at) VALUES (:account, :scope, :now)";

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

    /** Opens a portal account with the scopes given, for a customer who has none. */
    @Transactional
    public void open(long customerId, Collection<PortalScope> scopes) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(INSERT_ACCOUNT).paramSource(accountParameters(customerId, now)).update(key, "id");
        long accountId = key.getKeyAs(Number.class).longValue();
        for (PortalScope scope : scopes) {
            jdbc.sql(INSERT_SCOPE).paramSource(scopeParameters(accountId, scope, now)).update();
        }
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

    // Explicit SQL types, so that a null needs no parameter metadata look-up (a round trip per value on PostgreSQL).
    public static MapSqlParameterSource accountParameters(long customerId, OffsetDateTime now) {
        return new MapSqlParameterSource()
                .addValue("customer", customerId, Types.BIGINT)
                .addValue("now", now, Types.TIMESTAMP_WITH_TIMEZONE);
    }

    public static MapSqlParameterSource scopeParameters(long accountId, PortalScope scope, OffsetDateTime now) {
        return new MapSqlParameterSource()
                .addValue("account", accountId, Types.BIGINT)
                .addValue("scope", scope.name(), Types.VARCHAR)
                .addValue("now", now, Types.TIMESTAMP_WITH_TIMEZONE);
    }
}
