package org.lessonsportal.testsupport;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Chooses the database for every Spring test in every module: an in-memory H2 database by default, or the PostgreSQL
 * server when {@code LESSONS_TEST_DB=postgres} (environment variable or system property {@code lessons.test.db}).
 * <p>
 * PostgreSQL settings: {@code LESSONS_TEST_PG_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/lessons_test}),
 * {@code LESSONS_TEST_PG_USER} (default {@code postgres}), {@code LESSONS_TEST_PG_PASSWORD} (default empty).
 * A test that sets {@code spring.datasource.url} itself (for example to share one database between two application
 * contexts) keeps its own setting.
 */
public class TestDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    /** Right after the properties files are read, before post-processors that look at the chosen database. */
    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }


    public static boolean postgres() {
        String chosen = System.getProperty("lessons.test.db");
        if (chosen == null || chosen.isBlank() || chosen.startsWith("${")) {
            chosen = System.getenv("LESSONS_TEST_DB");
        }
        return "postgres".equalsIgnoreCase(chosen) || "postgresql".equalsIgnoreCase(chosen);
    }

    /**
     * The PostgreSQL database for this test JVM. A module can ask for a database of its own with the system property
     * {@code lessons.test.pg-database-suffix} (the browser tests do, so that reviewers made up by other tests are
     * never picked for the demo users' lessons); that database is created when missing.
     */
    public static String postgresUrl() {
        String url = env("LESSONS_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/lessons_test");
        String suffix = System.getProperty("lessons.test.pg-database-suffix");
        if (suffix == null || suffix.isBlank() || suffix.startsWith("${")) {
            return url;
        }
        int slash = url.lastIndexOf('/');
        int query = url.indexOf('?', slash);
        String database = (query < 0 ? url.substring(slash + 1) : url.substring(slash + 1, query)) + suffix;
        String own = url.substring(0, slash + 1) + database + (query < 0 ? "" : url.substring(query));
        createIfMissing(url, database);
        return own;
    }

    private static void createIfMissing(String existingUrl, String database) {
        if (!database.matches("[A-Za-z0-9_]+")) {
            throw new IllegalStateException("Unusable test database name: " + database);
        }
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(existingUrl,
                env("LESSONS_TEST_PG_USER", "postgres"), env("LESSONS_TEST_PG_PASSWORD", ""));
                java.sql.PreparedStatement exists = connection.prepareStatement(
                        "select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (java.sql.ResultSet found = exists.executeQuery()) {
                if (!found.next()) {
                    try (java.sql.Statement create = connection.createStatement()) {
                        create.execute("create database " + database);
                    }
                }
            }
        } catch (java.sql.SQLException e) {
            if (!"42P04".equals(e.getSQLState())) { // created meanwhile by another context
                throw new IllegalStateException("Could not create the test database " + database, e);
            }
        }
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> properties = new HashMap<>();
        if (postgres()) {
            properties.put("spring.datasource.url", postgresUrl());
            properties.put("spring.datasource.username", env("LESSONS_TEST_PG_USER", "postgres"));
            properties.put("spring.datasource.password", env("LESSONS_TEST_PG_PASSWORD", ""));
        } else {
            properties.put("spring.datasource.url",
                    "jdbc:h2:mem:lessons-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE");
            properties.put("spring.datasource.username", "sa");
            properties.put("spring.datasource.password", "");
        }
        // Above the application's own properties files, below a test's inlined properties and the environment.
        MapPropertySource source = new MapPropertySource("lessons-test-database", properties);
        var sources = environment.getPropertySources();
        String firstConfigFile = sources.stream().map(s -> s.getName())
                .filter(name -> name.startsWith("Config resource")).findFirst().orElse(null);
        if (firstConfigFile == null) {
            sources.addLast(source);
        } else {
            sources.addBefore(firstConfigFile, source);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
