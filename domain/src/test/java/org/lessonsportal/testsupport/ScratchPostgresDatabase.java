package org.lessonsportal.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * An empty PostgreSQL database of a test's own, on the server the tests use ({@code LESSONS_TEST_PG_URL}), for tests
 * that start several portal nodes on one database; dropped when closed. Only when the tests use PostgreSQL
 * ({@link TestDatabaseEnvironmentPostProcessor#postgres()}).
 */
public final class ScratchPostgresDatabase implements AutoCloseable {

    private final String serverUrl;
    private final String name;

    private ScratchPostgresDatabase(String serverUrl, String name) {
        this.serverUrl = serverUrl;
        this.name = name;
    }

    /** Creates a new, empty database named after the test ({@code lessons_<what>_<random>}). */
    public static ScratchPostgresDatabase create(String what) {
        String serverUrl = TestDatabaseEnvironmentPostProcessor.postgresUrl();
        String name = ("lessons_" + what + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10))
                .toLowerCase(Locale.ROOT);
        if (!name.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("Unusable database name: " + name);
        }
        execute(serverUrl, "create database " + name);
        return new ScratchPostgresDatabase(serverUrl, name);
    }

    /** The JDBC address of this database. */
    public String url() {
        int slash = serverUrl.lastIndexOf('/');
        int query = serverUrl.indexOf('?', slash);
        return serverUrl.substring(0, slash + 1) + name + (query < 0 ? "" : serverUrl.substring(query));
    }

    /** A new connection to this database, as the tests' user. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user(), password());
    }

    @Override
    public void close() {
        execute(serverUrl, "drop database if exists " + name + " with (force)");
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user(), password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run '" + sql + "'", e);
        }
    }

    /** The tests' PostgreSQL user ({@code LESSONS_TEST_PG_USER}, default {@code postgres}). */
    public static String user() {
        String user = System.getenv("LESSONS_TEST_PG_USER");
        return user == null || user.isBlank() ? "postgres" : user;
    }

    /** Its password ({@code LESSONS_TEST_PG_PASSWORD}, default none). */
    public static String password() {
        String password = System.getenv("LESSONS_TEST_PG_PASSWORD");
        return password == null ? "" : password;
    }
}
