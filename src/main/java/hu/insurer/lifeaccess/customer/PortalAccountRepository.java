package hu.insurer.lifeaccess.customer;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class PortalAccountRepository {

    private final JdbcClient jdbc;

    public PortalAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
