package org.lessonsportal.domain.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.lessonsportal.domain.DomainTestApplication;
import org.lessonsportal.domain.cluster.ClusterNodes;
import org.lessonsportal.domain.lesson.LessonExchangeService;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.testsupport.ScratchPostgresDatabase;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Two portal nodes on one PostgreSQL database (two application contexts, each with its own search index): a search
 * vocabulary change saved through node A is used by node B's searches straight after, without a restart, also when
 * B's listening connection was down as it was saved. Skipped on H2, the embedded database of a single node.
 */
@EnabledIf(value = "org.lessonsportal.testsupport.TestDatabaseEnvironmentPostProcessor#postgres",
        disabledReason = "several nodes need a shared PostgreSQL database (LESSONS_TEST_DB=postgres)")
class VocabularyAcrossNodesIntegrationTest {

    ScratchPostgresDatabase database;
    ConfigurableApplicationContext nodeA;
    ConfigurableApplicationContext nodeB;
    String ods;
    String acronym;
    Long lessonId;

    @BeforeEach
    void twoNodesAndALessonIndexedOnB() {
        database = ScratchPostgresDatabase.create("vocabulary");
        nodeA = start(database.url());
        nodeB = start(database.url());
        ods = SearchFixtures.ods();
        acronym = "ZQX" + SearchFixtures.marker().substring(2, 8).toUpperCase(java.util.Locale.ROOT);
        // each node has an index of its own: the lesson is imported (and indexed) through B
        lessonId = SearchFixtures.importLessons(nodeB.getBean(LessonExchangeService.class),
                List.of(SearchFixtures.lesson(ods, "Fax Free Trust", "paperless", "Switching off the last fax machines",
                        "How the outpatient clinics finished fax removal in six months.",
                        "Fax removal meant referrals by e-mail instead."))).imported().get(0).lessonId();
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("admin", "", "ROLE_" + Roles.ADMIN));
    }

    @AfterEach
    void stopBoth() {
        SecurityContextHolder.clearContext();
        try {
            if (nodeA != null) {
                nodeA.close();
            }
            if (nodeB != null) {
                nodeB.close();
            }
        } finally {
            database.close();
        }
    }

    @Test
    void aRuleSavedThroughNodeAIsUsedBySearchesOnNodeB() {
        assertThat(hitsOnB()).as("before the rule").isEmpty();

        SearchVocabularyService onA = nodeA.getBean(SearchVocabularyService.class);
        onA.save(acronym + ", fax removal", onA.vocabulary().version(), Actor.SYSTEM);

        await().atMost(Duration.ofSeconds(5)).pollInSameThread().pollInterval(Duration.ofMillis(20))
                .until(() -> !hitsOnB().isEmpty());
        assertThat(hitsOnB()).containsExactly(lessonId);
        assertThat(nodeB.getBean(SearchVocabularyService.class).vocabulary().extraRules()).isEqualTo(1);

        onA.save("# none for now", onA.vocabulary().version(), Actor.SYSTEM);
        await().atMost(Duration.ofSeconds(5)).pollInSameThread().pollInterval(Duration.ofMillis(20))
                .until(() -> hitsOnB().isEmpty());
    }

    @Test
    void aNodeThatMissedTheSignalCatchesUpWhenItListensAgain() {
        SearchVocabularyService onA = nodeA.getBean(SearchVocabularyService.class);
        ClusterNodes.stopListening(nodeB);
        onA.save(acronym + ", fax removal", onA.vocabulary().version(), Actor.SYSTEM);
        assertThat(hitsOnB()).as("B has not heard").isEmpty();

        ClusterNodes.startListening(nodeB);

        await().atMost(Duration.ofSeconds(10)).pollInSameThread().pollInterval(Duration.ofMillis(20))
                .until(() -> !hitsOnB().isEmpty());
        assertThat(hitsOnB()).containsExactly(lessonId);
    }

    @Test
    void aNodeWhoseListeningConnectionDroppedListensAgain() throws Exception {
        SearchVocabularyService onA = nodeA.getBean(SearchVocabularyService.class);
        try (Connection admin = database.connect()) {
            await().atMost(Duration.ofSeconds(10)).until(() -> ClusterNodes.listening(admin, nodeB));

            assertThat(ClusterNodes.dropListener(admin, nodeB)).as("B's listening connection ended").isEqualTo(1);
            await().atMost(Duration.ofSeconds(10)).until(() -> !ClusterNodes.listening(admin, nodeB));
            // B tries again after a second
            await().atMost(Duration.ofSeconds(10)).until(() -> ClusterNodes.listening(admin, nodeB));

            onA.save(acronym + ", fax removal", onA.vocabulary().version(), Actor.SYSTEM);
            await().atMost(Duration.ofSeconds(5)).pollInSameThread().pollInterval(Duration.ofMillis(20))
                    .until(() -> !hitsOnB().isEmpty());
        }
        assertThat(hitsOnB()).containsExactly(lessonId);
    }

    private List<Long> hitsOnB() {
        return nodeB.getBean(SearchService.class).search(SearchQuery.builder().organisations(ods).text(acronym)
                .build()).items().stream().map(SearchHit::lessonId).toList();
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(DomainTestApplication.class).web(WebApplicationType.NONE).run(
                "--spring.datasource.url=" + url,
                "--spring.main.banner-mode=off",
                "--spring.jmx.enabled=false",
                // words only: the test is about the vocabulary, not ranking by meaning
                "--lessons.search.semantic=false",
                // the fallback check would find the change too, but only after a minute: longer than the test waits
                "--lessons.cluster.check-interval=10m");
    }
}
