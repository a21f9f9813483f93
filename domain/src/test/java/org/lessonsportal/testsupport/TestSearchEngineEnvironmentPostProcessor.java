package org.lessonsportal.testsupport;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Runs the Spring tests' search on OpenSearch when the system property {@code lessons.test.search-engine} is
 * {@code opensearch} (the domain module's Maven profile {@code opensearch} sets it): the shared {@link OpenSearchNode}
 * (with its k-NN plugin, so ranking by meaning is on as on Lucene unless a test turns it off), with the index made
 * afresh by each application context. Otherwise nothing changes: the tests use the embedded Lucene index. A test's
 * own settings win.
 */
public class TestSearchEngineEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 2;
    }

    private static final String LAYOUT = "spring.jpa.properties.hibernate.search.backend.layout.strategy";
    private static final String COORDINATION = "spring.jpa.properties.hibernate.search.coordination.strategy";

    public static boolean openSearch() {
        return "opensearch".equalsIgnoreCase(System.getProperty("lessons.test.search-engine", "").strip());
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!openSearch()) {
            return;
        }
        Map<String, Object> properties = new java.util.HashMap<>(Map.of(
                "lessons.search.engine", "opensearch",
                "lessons.search.opensearch-uris", OpenSearchNode.shared().uri(),
                "spring.jpa.properties.hibernate.search.schema_management.strategy", "drop-and-create",
                "spring.jpa.properties.hibernate.search.coordination.event_processor.polling_interval", "50"));
        if (environment.getProperty(LAYOUT) == null) {
            // The application contexts of one run share the node: an index each, as each has its own on Lucene.
            properties.put(LAYOUT, IndexPerContextLayout.class.getName());
        }
        if (environment.getProperty(COORDINATION) == null) {
            // A test searches right after it publishes, as on Lucene: the committing thread indexes and refreshes
            // (no outbox, whose agent indexes a moment later). A test of the outbox sets the coordination itself.
            properties.put(COORDINATION, "none");
            properties.put("spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy", "sync");
        }
        environment.getPropertySources().addLast(new MapPropertySource("lessons-test-search-engine", properties));
    }
}
