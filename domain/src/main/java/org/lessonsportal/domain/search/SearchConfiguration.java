package org.lessonsportal.domain.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.orm.jpa.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Hibernate Search for every application and test that uses the domain: the {@code hibernate.search.*} properties are
 * contributed here, from the {@code lessons.search.*} settings ({@link SearchSettings}), rather than in a properties
 * file each application would have to load. A property already set through {@code spring.jpa.properties} wins.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SearchConfiguration.class);

    @Bean
    SearchSettings searchSettings(Environment environment) {
        return SearchSettings.from(environment);
    }

    @Bean
    LessonAnalyzers lessonAnalyzers(SearchSettings settings) {
        List<SynonymRules.Source> sources = new ArrayList<>();
        sources.add(SynonymRules.Source.classpath(SynonymRules.BUILT_IN));
        if (settings.synonymsFile() != null) {
            sources.add(SynonymRules.Source.file(settings.synonymsFile()));
        }
        return new LessonAnalyzers(sources.toArray(SynonymRules.Source[]::new));
    }

    /** Ranking by meaning, unless {@code lessons.search.semantic} is false; the model loads on first use. */
    @Bean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "lessons.search.semantic",
            havingValue = "true", matchIfMissing = true)
    SentenceEmbeddings sentenceEmbeddings(Environment environment) {
        return new SentenceEmbeddings(environment.getProperty("lessons.search.query-vector-cache-size", Integer.class,
                SentenceEmbeddings.CACHED_QUERIES));
    }

    @Bean
    HibernatePropertiesCustomizer lessonSearchProperties(SearchSettings settings, LessonAnalyzers analyzers,
            java.util.Optional<SentenceEmbeddings> embeddings) {
        return properties -> {
            put(properties, "hibernate.search.mapping.configurer", new LessonSearchMapping(embeddings.orElse(null)));
            put(properties, "hibernate.search.backend.analysis.configurer", new LessonAnalysisConfigurer(analyzers));
            put(properties, "hibernate.search.backend.lucene_version", "9.11");
            put(properties, "hibernate.search.backend.directory.type", settings.directoryType());
            if (SearchSettings.LOCAL_FILESYSTEM.equals(settings.directoryType())) {
                put(properties, "hibernate.search.backend.directory.root",
                        settings.directory().toAbsolutePath().normalize().toString());
            }
            put(properties, "hibernate.search.indexing.plan.synchronization.strategy", settings.synchronization());
            log.info("Lesson search index: {}", SearchSettings.LOCAL_HEAP.equals(settings.directoryType())
                    ? "in memory (local-heap)" : settings.directory().toAbsolutePath().normalize());
        };
    }

    private static void put(Map<String, Object> properties, String key, Object value) {
        Object existing = properties.putIfAbsent(key, value);
        if (existing != null && !existing.equals(value)) {
            log.info("{} is set to {} by the application's own properties", key, existing);
        }
    }
}
