package hu.insurer.lifeaccess.support;

import java.sql.SQLException;
import java.util.Map;

/**
 * The database the integration tests run on, chosen by the system property {@code it.database}:
 * {@code h2} (default, in memory) or {@code postgres} (a {@link ScratchPostgres} database, created once per test
 * JVM; .ci/run drops those of earlier runs).
 */
public final class TestDatabase {

    public static final String REQUIRE_POSTGRES_ENV = "IT_REQUIRE_POSTGRES";

    private static ScratchPostgres postgres;

    private TestDatabase() {
    }

    public static boolean isPostgres() {
        return "postgres".equals(System.getProperty("it.database", "h2"));
    }

    /** Spring properties that point the application at the test database; {@code name} separates H2 databases. */
    public static synchronized Map<String, String> springProperties(String name) {
        if (!isPostgres()) {
            return Map.of(
                    "spring.datasource.url", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1",
                    "spring.datasource.username", "sa",
                    "spring.datasource.password", "");
        }
        ScratchPostgres database = postgres();
        return Map.of(
                "spring.datasource.url", database.url(),
                "spring.datasource.username", database.user(),
                "spring.datasource.password", database.password());
    }

    private static ScratchPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = ScratchPostgres.create("life_access_it_");
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot create the PostgreSQL test database: " + e.getMessage(), e);
            }
            System.out.println("[it] PostgreSQL integration tests use the fresh database " + postgres.name());
        }
        return postgres;
    }
}
