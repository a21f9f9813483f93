package org.lessonsportal.domain.search;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.nio.file.Path;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The {@code lessons.search.*} settings, bound once at start-up (also from {@code -Dlessons.search.…} system
 * properties, as the benchmark passes them). Checked then: a bad value (an unknown directory type, a negative cache
 * size, a number that is not one) stops the portal with a message naming the setting and what it may be. Files are
 * bound as text and read as paths from the working directory ({@link #directoryPath()}, {@link #synonymsFilePath()}):
 * Spring's own conversion to a path would look on the classpath first.
 *
 * @param directory            where the index lives on disk ({@code lessons.search.directory}, default
 *                             {@code ./data/search-index})
 * @param directoryType        {@code local-filesystem} or {@code local-heap} ({@code lessons.search.directory-type});
 *                             unset, {@link #directoryTypeFor chosen by the database}
 * @param synonymsFile         an administrator's synonym file whose rules are added to the built-in ones
 *                             ({@code lessons.search.synonyms-file}); read at start-up (rules kept in the portal
 *                             itself, {@link SearchVocabularyService}, apply at once)
 * @param synchronization      when a transaction's changes are visible to searches
 *                             ({@code lessons.search.synchronization}): {@code write-sync} (default: the commit waits
 *                             until the index is written; the next search sees it), {@code sync} (also waits for the
 *                             index readers to refresh; for tests), {@code read-sync} or {@code async}
 * @param reindexOnStart       {@code if-empty} (default: index every published lesson when the index is empty but the
 *                             database is not, e.g. on first start or with an in-memory index), {@code always} or
 *                             {@code never} ({@code lessons.search.reindex-on-start})
 * @param facetCacheSize       how many searches' totals and facet counts to keep until the index changes
 *                             ({@code lessons.search.facet-cache-size}, default 500; 0 turns the cache off)
 * @param semantic             whether searches and similar lessons also rank by meaning
 *                             ({@code lessons.search.semantic}, default {@code true}; {@code false}: no model is
 *                             loaded, no vectors are made)
 * @param queryVectorCacheSize how many recent searches' sentence embeddings to keep
 *                             ({@code lessons.search.query-vector-cache-size}, default 256; 0: every search is
 *                             embedded anew)
 * @param engine               {@code lucene} (default: an embedded Lucene index, {@link #directoryType}) or
 *                             {@code opensearch} (an OpenSearch 2.x cluster at {@link #opensearchUris}, every node's
 *                             changes passed on through the database); {@code lessons.search.engine}
 * @param opensearchUris       the OpenSearch cluster's addresses, comma-separated
 *                             ({@code lessons.search.opensearch-uris}, default {@code http://127.0.0.1:9200}); read
 *                             only with {@code engine=opensearch}
 * @param opensearchVersion    the cluster's OpenSearch version, major and minor
 *                             ({@code lessons.search.opensearch-version}, default {@code 2.19}); Hibernate Search maps
 *                             the index for it without asking the cluster, so a node starts while OpenSearch is down;
 *                             2.9 or later for ranking by meaning
 */
@Validated
@ConfigurationProperties("lessons.search")
record SearchSettings(
        @NotBlank(message = "must be a directory, e.g. ./data/search-index")
        @DefaultValue("./data/search-index") String directory,
        DirectoryType directoryType,
        String synonymsFile,
        @DefaultValue("write-sync") Synchronization synchronization,
        @DefaultValue("if-empty") ReindexOnStart reindexOnStart,
        @PositiveOrZero(message = "must be 0 (no cache) or more, e.g. 500")
        @DefaultValue("500") int facetCacheSize,
        @DefaultValue("true") boolean semantic,
        @PositiveOrZero(message = "must be 0 (no cache) or more, e.g. 256")
        @DefaultValue("256") int queryVectorCacheSize,
        @DefaultValue("lucene") Engine engine,
        @NotBlank(message = "must be the OpenSearch cluster's addresses, e.g. http://127.0.0.1:9200")
        @DefaultValue("http://127.0.0.1:9200") String opensearchUris,
        @Pattern(regexp = "\\s*\\d+\\.\\d+(\\.\\d+)?\\s*", message = "must be OpenSearch's version, e.g. 2.19")
        @DefaultValue("2.19") String opensearchVersion) {

    /** The search engine behind Hibernate Search: its Lucene backend or its Elasticsearch backend on OpenSearch. */
    enum Engine {
        LUCENE, OPENSEARCH;

        @Override
        public String toString() {
            return settingValue(this);
        }
    }

    /** Where Hibernate Search keeps the index ({@code hibernate.search.backend.directory.type}). */
    enum DirectoryType {
        LOCAL_FILESYSTEM, LOCAL_HEAP;

        /** As it is written in the settings (and listed when a bad value stops start-up). */
        @Override
        public String toString() {
            return settingValue(this);
        }
    }

    /** Hibernate Search's indexing plan synchronization strategies. */
    enum Synchronization {
        ASYNC, WRITE_SYNC, READ_SYNC, SYNC;

        @Override
        public String toString() {
            return settingValue(this);
        }
    }

    /** Whether the index is filled when the portal starts ({@link SearchIndexStartup}). */
    enum ReindexOnStart {
        IF_EMPTY, ALWAYS, NEVER;

        @Override
        public String toString() {
            return settingValue(this);
        }
    }

    SearchSettings {
        synonymsFile = synonymsFile == null || synonymsFile.isBlank() ? null : synonymsFile.strip();
    }

    /** Where the index lives on disk, relative to the working directory unless absolute. */
    Path directoryPath() {
        return Path.of(directory.strip());
    }

    /** The administrator's synonym file, relative to the working directory unless absolute; {@code null} if none. */
    Path synonymsFilePath() {
        return synonymsFile == null ? null : Path.of(synonymsFile);
    }

    /**
     * The directory type set, or by default {@code local-heap} when the database itself is in memory (H2
     * {@code mem:}, or none named), so index and data live and die together, otherwise {@code local-filesystem}.
     *
     * @param databaseUrl {@code spring.datasource.url}, {@code null} when unset
     */
    DirectoryType directoryTypeFor(String databaseUrl) {
        if (directoryType != null) {
            return directoryType;
        }
        return databaseUrl == null || databaseUrl.startsWith("jdbc:h2:mem:") ? DirectoryType.LOCAL_HEAP
                : DirectoryType.LOCAL_FILESYSTEM;
    }

    /** {@code LOCAL_HEAP} as {@code local-heap}: the form the settings and Hibernate Search use. */
    private static String settingValue(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
