package org.lessonsportal.domain.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.orm.jpa.HibernatePropertiesCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Hibernate Search for every application and test that uses the domain: the {@code hibernate.search.*} properties are
 * contributed here, from the {@code lessons.search.*} settings ({@link SearchSettings}), rather than in a properties
 * file each application would have to load. A property already set through {@code spring.jpa.properties} wins.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchSettings.class)
class SearchConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SearchConfiguration.class);

    @Bean
    LessonAnalyzers lessonAnalyzers(SearchSettings settings) {
        List<SynonymRules.Source> sources = new ArrayList<>();
        sources.add(SynonymRules.Source.classpath(SynonymRules.BUILT_IN));
        if (settings.synonymsFile() != null) {
            sources.add(SynonymRules.Source.file(settings.synonymsFilePath()));
        }
        return new LessonAnalyzers(sources.toArray(SynonymRules.Source[]::new));
    }

    /**
     * Ranking by meaning, unless {@code lessons.search.semantic} is false: then there is none (no bean, so every
     * {@code Optional<SentenceEmbeddings>} is empty). The model loads on first use.
     */
    @Bean
    SentenceEmbeddings sentenceEmbeddings(SearchSettings settings) {
        return settings.semantic() ? new SentenceEmbeddings(settings.queryVectorCacheSize()) : null;
    }

    /** The index's directory type unless set depends on the database ({@link SearchSettings#directoryTypeFor}). */
    @Bean
    HibernatePropertiesCustomizer lessonSearchProperties(SearchSettings settings, LessonAnalyzers analyzers,
            Optional<SentenceEmbeddings> embeddings, Environment environment) {
        SearchSettings.DirectoryType directoryType =
                settings.directoryTypeFor(environment.getProperty("spring.datasource.url"));
        if (settings.engine() == SearchSettings.Engine.OPENSEARCH) {
            return openSearchProperties(settings, analyzers, embeddings.orElse(null));
        }
        return properties -> {
            put(properties, "hibernate.search.mapping.configurer", new LessonSearchMapping(embeddings.orElse(null),
                    true));
            // both backends are on the classpath, so the default one is named
            put(properties, "hibernate.search.backend.type", "lucene");
            put(properties, "hibernate.search.backend.analysis.configurer", new LessonAnalysisConfigurer(analyzers));
            put(properties, "hibernate.search.backend.lucene_version", "9.11");
            put(properties, "hibernate.search.backend.directory.type", directoryType.toString());
            if (directoryType == SearchSettings.DirectoryType.LOCAL_FILESYSTEM) {
                put(properties, "hibernate.search.backend.directory.root",
                        settings.directoryPath().toAbsolutePath().normalize().toString());
            }
            put(properties, "hibernate.search.indexing.plan.synchronization.strategy",
                    settings.synchronization().toString());
            log.info("Lesson search index: {}", directoryType == SearchSettings.DirectoryType.LOCAL_HEAP
                    ? "in memory (local-heap)" : settings.directoryPath().toAbsolutePath().normalize());
        };
    }

    /**
     * {@code lessons.search.engine=opensearch}: Hibernate Search's Elasticsearch backend on an OpenSearch 2.x cluster,
     * the analysis written as index settings ({@link OpenSearchAnalysisConfigurer}), and the outbox-polling
     * coordination, so a change made on any node reaches the index through the database (tables in migration V21).
     * Without ranking by meaning no vector field is declared (a vector field needs OpenSearch's k-NN plugin).
     */
    private static HibernatePropertiesCustomizer openSearchProperties(SearchSettings settings,
            LessonAnalyzers analyzers, SentenceEmbeddings embeddings) {
        return properties -> {
            put(properties, "hibernate.search.mapping.configurer", new LessonSearchMapping(embeddings,
                    embeddings != null));
            put(properties, "hibernate.search.backend.type", "elasticsearch");
            put(properties, "hibernate.search.backend.uris", settings.opensearchUris().strip());
            // The version is set, and not checked, so a node starts while OpenSearch is down: nothing contacts it at
            // start. It must name the minor version: "opensearch:2" gave OpenSearch 2.0's mapping, without vector
            // fields (2.9 or later); 2.14 and later share Hibernate Search 7.2's newest OpenSearch dialect.
            put(properties, "hibernate.search.backend.version", "opensearch:" + settings.opensearchVersion().strip());
            put(properties, "hibernate.search.backend.version_check.enabled", "false");
            put(properties, "hibernate.search.backend.analysis.configurer",
                    new OpenSearchAnalysisConfigurer(analyzers));
            // Changes reach the index through the outbox, after the commit: lessons.search.synchronization does not
            // apply (Hibernate Search refuses a synchronization strategy with this coordination).
            put(properties, "hibernate.search.coordination.strategy", "outbox-polling");
            // The index is made or checked by OpenSearchIndexOnce, one node at a time, not by every node at once.
            put(properties, "hibernate.search.schema_management.strategy", "none");
            log.info("Lesson search index: OpenSearch {} at {}", settings.opensearchVersion().strip(),
                    settings.opensearchUris().strip());
        };
    }

    private static void put(Map<String, Object> properties, String key, Object value) {
        Object existing = properties.putIfAbsent(key, value);
        if (existing != null && !existing.equals(value)) {
            log.info("{} is set to {} by the application's own properties", key, existing);
        }
    }
}
