package org.lessonsportal.domain.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.apache.lucene.index.IndexReader;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.lessonsportal.domain.lesson.Lesson;
import org.lessonsportal.domain.lesson.LessonState;
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
 * portal serves requests meanwhile, and searches find the lessons indexed so far.
 */
@Component
class SearchIndexStartup {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexStartup.class);

    private final EntityManagerFactory entityManagerFactory;
    private final SearchSettings settings;
    private final TransactionTemplate readOnly;

    @PersistenceContext
    private EntityManager entityManager;

    SearchIndexStartup(EntityManagerFactory entityManagerFactory, SearchSettings settings,
            PlatformTransactionManager transactions) {
        this.entityManagerFactory = entityManagerFactory;
        this.settings = settings;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @EventListener(ApplicationReadyEvent.class)
    void indexIfNeeded() {
        String mode = settings.reindexOnStart();
        if ("never".equals(mode)) {
            return;
        }
        long indexed = indexedDocuments(entityManagerFactory);
        Long published = readOnly.execute(status -> entityManager.createQuery(
                "select count(l) from Lesson l where l.state = :state", Long.class)
                .setParameter("state", LessonState.PUBLISHED).getSingleResult());
        if ("always".equals(mode) || (indexed == 0 && published != null && published > 0)) {
            log.info("Indexing {} published lessons in the background (the index had {})", published, indexed);
            CompletableFuture.runAsync(() -> {
                try {
                    ReindexResult result = reindex(entityManagerFactory, indexed > 0);
                    log.info("Indexed {} lessons in {} s", result.lessonsIndexed(), result.took().toSeconds());
                } catch (RuntimeException e) {
                    log.error("Indexing lessons at start-up failed; an administrator can rebuild the index", e);
                }
            });
        }
    }

    static long indexedDocuments(EntityManagerFactory entityManagerFactory) {
        try (IndexReader reader = Search.mapping(entityManagerFactory).scope(Lesson.class)
                .extension(LuceneExtension.get()).openIndexReader()) {
            return reader.numDocs();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
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
