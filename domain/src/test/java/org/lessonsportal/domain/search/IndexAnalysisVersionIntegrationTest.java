package org.lessonsportal.domain.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.ImportReport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * An index built with another text analysis (other word forms, another stemmer) is rebuilt at start-up: otherwise a
 * search analysed one way misses lessons whose terms were made another way.
 */
@SearchIntegrationTest
class IndexAnalysisVersionIntegrationTest extends SearchTestCase {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    LessonAnalyzers analyzers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void anIndexBuiltWithAnotherAnalysisIsRebuiltAtStartUpAndOneBuiltWithThisAnalysisIsNot() throws Exception {
        String marker = SearchFixtures.marker();
        String ods = SearchFixtures.ods();
        ImportReport report = SearchFixtures.importLessons(exchange, List.of(SearchFixtures.lesson(ods,
                "Analysis Trust", "paperless", "Scanning with " + marker, "What we learned about " + marker + ".",
                "The " + marker + " project.")));
        Long lessonId = report.imported().get(0).lessonId();
        SearchIndexStartup startup = startUpWith(SearchSettings.ReindexOnStart.IF_EMPTY);

        // The index now disagrees with the database (changed behind its back): a rebuild would drop the lesson.
        jdbc.update("update lesson set state = 'ARCHIVED' where id = ?", lessonId);

        // The same analysis: the index is trusted as it is.
        recordedAnalysis(analyzers.analysisVersion());
        startup.indexIfNeeded();
        Thread.sleep(1_000);
        assertThat(found(marker, ods)).as("not rebuilt when the analysis is the same").isEqualTo(1);

        // Another analysis: rebuilt in the background from the database, and the new analysis recorded.
        recordedAnalysis("porter+an-older-word-list");
        startup.indexIfNeeded();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (found(marker, ods) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(found(marker, ods)).as("rebuilt when the analysis changed").isZero();
        while (!analyzers.analysisVersion().equals(recorded()) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(recorded()).isEqualTo(analyzers.analysisVersion());
    }

    private SearchIndexStartup startUpWith(SearchSettings.ReindexOnStart mode) {
        SearchSettings settings = context.getBean(SearchSettings.class);
        SearchSettings ifEmpty = new SearchSettings(settings.directory(), settings.directoryType(),
                settings.synonymsFile(), settings.synchronization(), mode, settings.facetCacheSize(),
                settings.semantic(), settings.queryVectorCacheSize(), settings.engine(), settings.opensearchUris(),
                settings.opensearchVersion());
        SearchIndexStartup startup = new SearchIndexStartup(entityManagerFactory, ifEmpty, transactions, analyzers,
                java.util.Optional.empty());
        context.getAutowireCapableBeanFactory().autowireBean(startup);
        return startup;
    }

    private long found(String marker, String ods) {
        return search.search(SearchQuery.builder().text(marker).organisations(ods).build()).total();
    }

    private void recordedAnalysis(String version) {
        jdbc.update("delete from search_index_state");
        jdbc.update("insert into search_index_state (singleton, analysis_version, updated_at) "
                + "values (1, ?, current_timestamp)", version);
    }

    private String recorded() {
        return jdbc.queryForObject("select analysis_version from search_index_state", String.class);
    }
}
