package org.lessonsportal.domain.search;

import java.nio.file.Path;
import java.util.Locale;
import org.springframework.core.env.Environment;

/**
 * The {@code lessons.search.*} settings.
 *
 * @param directory       where the index lives on disk ({@code lessons.search.directory}, default
 *                        {@code ./data/search-index})
 * @param directoryType   {@code local-filesystem} or {@code local-heap} ({@code lessons.search.directory-type});
 *                        by default {@code local-heap} when the database itself is in memory (H2 {@code mem:}), so
 *                        index and data live and die together, otherwise {@code local-filesystem}
 * @param synonymsFile    an administrator's synonym file whose rules are added to the built-in ones
 *                        ({@code lessons.search.synonyms-file}); read at start-up (rules kept in the portal itself,
 *                        {@link SearchVocabularyService}, apply at once)
 * @param synchronization when a transaction's changes are visible to searches
 *                        ({@code lessons.search.synchronization}): {@code write-sync} (default: the commit waits until
 *                        the index is written; the next search sees it), {@code sync} (also waits for the index
 *                        readers to refresh; for tests), or {@code async}
 * @param reindexOnStart  {@code if-empty} (default: index every published lesson when the index is empty but the
 *                        database is not, e.g. on first start or with an in-memory index), {@code always} or
 *                        {@code never} ({@code lessons.search.reindex-on-start})
 * @param facetCacheSize  how many searches' totals and facet counts to keep until the index changes
 *                        ({@code lessons.search.facet-cache-size}, default 500; 0 turns the cache off)
 */
record SearchSettings(Path directory, String directoryType, Path synonymsFile, String synchronization,
        String reindexOnStart, int facetCacheSize) {

    static final String LOCAL_FILESYSTEM = "local-filesystem";
    static final String LOCAL_HEAP = "local-heap";

    static SearchSettings from(Environment environment) {
        Path directory = Path.of(environment.getProperty("lessons.search.directory", "./data/search-index"));
        String type = environment.getProperty("lessons.search.directory-type");
        if (type == null || type.isBlank()) {
            String url = environment.getProperty("spring.datasource.url");
            type = url == null || url.startsWith("jdbc:h2:mem:") ? LOCAL_HEAP : LOCAL_FILESYSTEM;
        }
        type = type.strip().toLowerCase(Locale.ROOT);
        if (!type.equals(LOCAL_HEAP) && !type.equals(LOCAL_FILESYSTEM)) {
            throw new IllegalStateException("lessons.search.directory-type must be local-filesystem or local-heap, "
                    + "not " + type);
        }
        String synonyms = environment.getProperty("lessons.search.synonyms-file");
        String synchronization = environment.getProperty("lessons.search.synchronization", "write-sync").strip();
        String reindex = environment.getProperty("lessons.search.reindex-on-start", "if-empty").strip()
                .toLowerCase(Locale.ROOT);
        if (!reindex.equals("if-empty") && !reindex.equals("always") && !reindex.equals("never")) {
            throw new IllegalStateException("lessons.search.reindex-on-start must be if-empty, always or never, not "
                    + reindex);
        }
        int facetCacheSize = environment.getProperty("lessons.search.facet-cache-size", Integer.class,
                FacetCountCache.DEFAULT_SIZE);
        return new SearchSettings(directory, type, synonyms == null || synonyms.isBlank() ? null
                : Path.of(synonyms.strip()), synchronization, reindex, facetCacheSize);
    }
}
