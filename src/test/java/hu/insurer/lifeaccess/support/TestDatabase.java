package hu.insurer.lifeaccess.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * The database the integration tests run on, chosen by the system property {@code it.database}:
 * {@code h2} (default, in memory) or {@code postgres} (a fresh database on the local server, created once per
 * test JVM; .ci/run drops those of earlier runs). The PostgreSQL server is found through IT_POSTGRES_HOST / IT_POSTGRES_PORT /
 * IT_POSTGRES_USER / IT_POSTGRES_PASSWORD, defaulting to 127.0.0.1:5432, user postgres, no password.
 */
public final class TestDatabase {

    public static final String REQUIRE_POSTGRES_ENV = "IT_REQUIRE_POSTGRES";

    private static final String HOST = env("IT_POSTGRES_HOST", "127.0.0.1");
    private static final String PORT = env("IT_POSTGRES_PORT", "5432");
    private static final String USER = env("IT_POSTGRES_USER", "postgres");
    private static final String PASSWORD = env("IT_POSTGRES_PASSWORD", "");

    private static String postgresDatabase;

    private TestDatabase() {
    }

    public static boolean isPostgres() {
        return "postgres".equals(System.getProperty("it.database", "h2"));
    }

    /** Why PostgreSQL cannot be used, or null when it can. */
    public static String postgresUnavailableReason() {
        try (Connection ignored = adminConnection()) {
            return null;
        } catch (SQLException e) {
            return "PostgreSQL at " + HOST + ":" + PORT + " is not reachable as user " + USER + ": " + e.getMessage();
        }
    }

    /** Spring properties that point the application at the test database; {@code name} separates H2 databases. */
    public static synchronized Map<String, String> springProperties(String name) {
        if (!isPostgres()) {
            return Map.of(
                    "spring.datasource.url", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1",
                    "spring.datasource.username", "sa",
                    "spring.datasource.password", "");
        }
        return Map.of(
                "spring.datasource.url", postgresUrl(),
                "spring.datasource.username", USER,
                "spring.datasource.password", PASSWORD);
    }

    private static String postgresUrl() {
        if (postgresDatabase == null) {
            postgresDatabase = "life_access_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            execute("CREATE DATABASE " + postgresDatabase);
            System.out.println("[it] PostgreSQL integration tests use the fresh database " + postgresDatabase);
        }
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + postgresDatabase;
    }

    private static void execute(String sql) {
        try (Connection connection = adminConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL: " + sql + " failed: " + e.getMessage(), e);
        }
    }

    private static Connection adminConnection() throws SQLException {
        DriverManager.setLoginTimeout(5);
        return DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/postgres", USER, PASSWORD);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
