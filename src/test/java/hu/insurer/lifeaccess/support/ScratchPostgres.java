package hu.insurer.lifeaccess.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;

/**
 * A fresh, empty database on the local PostgreSQL server, found through IT_POSTGRES_HOST / IT_POSTGRES_PORT /
 * IT_POSTGRES_USER / IT_POSTGRES_PASSWORD (defaults 127.0.0.1:5432, user postgres, no password).
 */
public record ScratchPostgres(String name, String url, String user, String password) {

    private static final String HOST = env("IT_POSTGRES_HOST", "127.0.0.1");
    private static final String PORT = env("IT_POSTGRES_PORT", "5432");
    private static final String USER = env("IT_POSTGRES_USER", "postgres");
    private static final String PASSWORD = env("IT_POSTGRES_PASSWORD", "");

    /** Creates a database named {@code prefix} plus a random suffix. */
    public static ScratchPostgres create(String prefix) throws SQLException {
        String name = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        administer("CREATE DATABASE " + name);
        return new ScratchPostgres(name, "jdbc:postgresql://" + HOST + ":" + PORT + "/" + name, USER, PASSWORD);
    }

    /** Why the server cannot be used, or null when it can. */
    public static String unavailableReason() {
        try (Connection ignored = adminConnection()) {
            return null;
        } catch (SQLException e) {
            return "PostgreSQL at " + HOST + ":" + PORT + " is not reachable as user " + USER + ": " + e.getMessage();
        }
    }

    /** A connection pool of the test's own on this database; the caller closes it. */
    public HikariDataSource pool(int maximumPoolSize) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setUsername(user);
        dataSource.setPassword(password);
        dataSource.setMaximumPoolSize(maximumPoolSize);
        return dataSource;
    }

    public void drop() throws SQLException {
        administer("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void administer(String sql) throws SQLException {
        try (Connection connection = adminConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
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
