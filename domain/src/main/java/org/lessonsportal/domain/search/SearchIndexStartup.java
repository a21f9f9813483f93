package org.lessonsportal.domain.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.apache.lucene.index.IndexReader;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.lessonsportal.domain.lesson.Lesson;
import org.lessonsportal.domain.lesson.LessonState;
import org.lessonsportal.domain.search.SearchSettings.ReindexOnStart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the index when the application is ready, if {@code lessons.search.reindex-on-start} asks for it: with
 * {@code if-empty} (the default) when the index has no document but the database has published lessons (first start,
 * a deleted index directory, an in-memory index); with {@code always} on every start. Runs in the background: the
 * portal serves requests meanwhile, and searches find the lessons indexed so far. Also (unless {@code never}) when the
 * index was built with another text analysis than this portal's ({@link LessonAnalyzers#analysisVersion()}, kept in
 * {@code search_index_state}): a search analysed one way would miss lessons indexed another way.
 * <p>
 * On OpenSearch a failure here does not stop the start-up: it is logged, and the check is made again once
 * {@link OpenSearchIndexOnce} has made or checked the index (when the cluster could not be reached at start).
 */
@Component
class SearchIndexStartup {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexStartup.class);

    private final EntityManagerFactory entityManagerFactory;
    private final SearchSettings settings;
    private final TransactionTemplate readOnly;

    @PersistenceContext
    private EntityManager entityManager;

    private final TransactionTemplate writing;
    private final String analysisVersion;
    /** Whether {@link #indexIfNeeded()} has checked the index since the start. */
    private boolean checked;

    SearchIndexStartup(EntityManagerFactory entityManagerFactory, SearchSettings settings,
            PlatformTransactionManager transactions, LessonAnalyzers analyzers,
            Optional<SentenceEmbeddings> embeddings) {
        this.entityManagerFactory = entityManagerFactory;
        this.settings = settings;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
        // Lessons' vectors are made when they are indexed: turning ranking by meaning on needs a new index too.
        this.analysisVersion = analyzers.analysisVersion()
                + embeddings.map(e -> "+" + SentenceEmbeddings.VERSION).orElse("");
    }

    /** At start-up, and when the index on OpenSearch is made later: the check below, unless made already. */
    @EventListener(ApplicationReadyEvent.class)
    synchronized void indexIfNotYetChecked() {
        if (!checked) {
            indexIfNeeded();
        }
    }

    synchronized void indexIfNeeded() {
        ReindexOnStart mode = settings.reindexOnStart();
        if (mode == ReindexOnStart.NEVER) {
            return;
        }
        if (settings.engine() == SearchSettings.Engine.OPENSEARCH) {
            try {
                check(mode);
            } catch (RuntimeException e) {
                log.warn("Whether the search index on OpenSearch needs filling could not be checked ({}). It is "
                        + "checked again if the index is made later (OpenSearch was down at start); otherwise an "
                        + "administrator can rebuild the index", e.getMessage());
            }
        } else {
            check(mode);
        }
    }

    private void check(ReindexOnStart mode) {
        long indexed = indexedDocuments(entityManagerFactory);
        Long published = readOnly.execute(status -> entityManager.createQuery(
                "select count(l) from Lesson l where l.state = :state", Long.class)
                .setParameter("state", LessonState.PUBLISHED).getSingleResult());
        String builtWith = builtWith();
        boolean otherAnalysis = indexed > 0 && !analysisVersion.equals(builtWith);
        checked = true;
        if (mode == ReindexOnStart.ALWAYS || otherAnalysis || (indexed == 0 && published != null && published > 0)) {
            log.info("Indexing {} published lessons in the background (the index had {}{})", published, indexed,
                    otherAnalysis ? ", analysed as " + builtWith + ", now " + analysisVersion : "");
            CompletableFuture.runAsync(() -> {
                try {
                    ReindexResult result = reindex(entityManagerFactory, indexed > 0);
                    recordAnalysis();
                    log.info("Indexed {} lessons in {} s", result.lessonsIndexed(), result.took().toSeconds());
                } catch (RuntimeException e) {
                    log.error("Indexing lessons at start-up failed; an administrator can rebuild the index", e);
                }
            });
        } else if (!analysisVersion.equals(builtWith)) {
            // Nothing indexed yet: whatever is indexed from now on uses this analysis.
            recordAnalysis();
        }
    }

    /** Rebuilds the whole index now (an administrator's button) and records the analysis it was built with. */
    ReindexResult rebuild() {
        ReindexResult result = reindex(entityManagerFactory, true);
        recordAnalysis();
        return result;
    }

    /** The analysis the index was last built with, or {@code null} when none was recorded. */
    private String builtWith() {
        List<?> rows = readOnly.execute(status -> entityManager.createNativeQuery(
                "select analysis_version from search_index_state where singleton = 1").getResultList());
        return rows == null || rows.isEmpty() ? null : String.valueOf(rows.get(0));
    }

    private void recordAnalysis() {
        writing.executeWithoutResult(status -> {
            int updated = entityManager.createNativeQuery("update search_index_state set analysis_version = ?1, "
                    + "updated_at = current_timestamp where singleton = 1").setParameter(1, analysisVersion)
                    .executeUpdate();
            if (updated == 0) {
                entityManager.createNativeQuery("insert into search_index_state (singleton, analysis_version, "
                        + "updated_at) values (1, ?1, current_timestamp)").setParameter(1, analysisVersion)
                        .executeUpdate();
            }
        });
    }

    static long indexedDocuments(EntityManagerFactory entityManagerFactory) {
        if (!(Search.mapping(entityManagerFactory).backend() instanceof LuceneBackend)) {
            // OpenSearch: a count through Hibernate Search's query DSL, the same for any backend.
            EntityManager em = entityManagerFactory.createEntityManager();
            try {
                return Search.session(em).search(Lesson.class).where(f -> f.matchAll()).fetchTotalHitCount();
            } finally {
                em.close();
            }
        }
        try (IndexReader reader = Search.mapping(entityManagerFactory).scope(Lesson.class)
                .extension(LuceneExtension.get()).openIndexReader()) {
            return reader.numDocs();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Indexes every published lesson with the mass indexer and waits for it. */
    static ReindexResult reindex(EntityManagerFactory entityManagerFactory, boolean purgeFirst) {
        long start = System.nanoTime();
        SearchMapping mapping = Search.mapping(entityManagerFactory);
        MassIndexer indexer = mapping.scope(Lesson.class).massIndexer()
                .purgeAllOnStart(purgeFirst)
                // One segment afterwards: facet ordinals and query weights are built per segment, per search.
                .mergeSegmentsOnFinish(true)
                .threadsToLoadObjects(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())))
                .batchSizeToLoadObjects(50);
        indexer.type(Lesson.class).reindexOnly("state = :state").param("state", LessonState.PUBLISHED);
        try {
            indexer.startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Rebuilding the search index was interrupted", e);
        }
        return new ReindexResult(indexedDocuments(entityManagerFactory),
                Duration.ofNanos(System.nanoTime() - start));
    }
}
