package org.lessonsportal.testsupport;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
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
public class TestDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor {

    public static boolean postgres() {
        String chosen = System.getProperty("lessons.test.db");
        if (chosen == null || chosen.isBlank() || chosen.startsWith("${")) {
            chosen = System.getenv("LESSONS_TEST_DB");
        }
        return "postgres".equalsIgnoreCase(chosen) || "postgresql".equalsIgnoreCase(chosen);
    }

    public static String postgresUrl() {
        return env("LESSONS_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/lessons_test");
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
