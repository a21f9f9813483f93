package org.lessonsportal.domain.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.hibernate.search.mapper.orm.Search;
import org.lessonsportal.domain.lesson.LessonExchangeService;
import org.lessonsportal.testsupport.OpenSearchNode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The search on OpenSearch ({@code lessons.search.engine=opensearch}) against a real OpenSearch 2.x node started for
 * the tests ({@link OpenSearchNode}): the index Hibernate Search creates there analyses text as the Lucene analyzers
 * do, and published lessons reach it through the outbox. (The other search tests run on OpenSearch too with the
 * profile, without the outbox: see {@code TestSearchEngineEnvironmentPostProcessor}.) Runs with the domain module's
 * Maven profile {@code opensearch} only.
 */
@EnabledIfSystemProperty(named = "lessons.test.search-engine", matches = "opensearch")
@SpringBootTest(properties = {
        "lessons.search.engine=opensearch",
        "lessons.search.semantic=false",
        "lessons.search.reindex-on-start=never",
        "spring.jpa.properties.hibernate.search.schema_management.strategy=drop-and-create",
        "spring.jpa.properties.hibernate.search.coordination.strategy=outbox-polling",
        "spring.jpa.properties.hibernate.search.backend.layout.strategy=simple",
        "spring.jpa.properties.hibernate.search.coordination.event_processor.polling_interval=50"})
@WithMockUser
class OpenSearchEngineIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The index's read alias, as Hibernate Search names it. */
    private static final String INDEX = "/" + IndexFields.INDEX_NAME + "-read";

    @DynamicPropertySource
    static void openSearch(DynamicPropertyRegistry registry) {
        registry.add("lessons.search.opensearch-uris", () -> OpenSearchNode.shared().uri());
    }

    @Autowired
    LessonAnalyzers analyzers;

    @Autowired
    LessonExchangeService exchange;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void theIndexAnalysesTextAsTheLuceneAnalyzersDo() throws Exception {
        List<String> texts = List.of(
                "We procured an EPR for A&E and the IT team digitized the referral pathway.",
                "The organization's GP practices standardized their behavior; centers were organised anew.",
                "Deployment of the e-prescribing system: consultants and consultation, community and communication.",
                "Big bang go-live with floorwalkers and super users across the trust's wards.");
        for (String text : texts) {
            assertThat(openSearchTerms(LessonAnalyzers.INDEX, text)).as("index analysis of: " + text)
                    .isEqualTo(new LinkedHashSet<>(LessonAnalyzers.terms(analyzers.index(), text)));
            assertThat(openSearchTerms(LessonAnalyzers.SEARCH, text)).as("search analysis (synonyms) of: " + text)
                    .isEqualTo(new LinkedHashSet<>(LessonAnalyzers.terms(analyzers.search(), text)));
            assertThat(openSearchTerms(LessonAnalyzers.SPELLING, text)).as("spelling analysis of: " + text)
                    .isEqualTo(new LinkedHashSet<>(LessonAnalyzers.terms(analyzers.spelling(), text)));
        }
    }

    @Test
    void publishedLessonsReachTheIndexThroughTheOutbox() throws Exception {
        String ods = SearchFixtures.ods();
        String marker = SearchFixtures.marker();
        List<ObjectNode> lessons = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            lessons.add(SearchFixtures.lesson(ods, "Outbox Trust " + marker, "fax-removal", "Fax removal " + i,
                    "Known locally as " + marker + ".", "We removed the fax machines from every ward."));
        }
        SearchFixtures.importLessons(exchange, lessons);

        long deadline = System.nanoTime() + 30_000_000_000L;
        long found = 0;
        while (System.nanoTime() < deadline && (found = countWith(marker)) < 3) {
            Thread.sleep(100);
        }
        assertThat(found).as("lessons found in OpenSearch by their marker").isEqualTo(3);
        assertThat(SearchIndexStartup.indexedDocuments(entityManagerFactory)).isGreaterThanOrEqualTo(3);
    }

    @Test
    void keyTermsStatisticsCountTheLessonsWithEachTerm() throws Exception {
        String ods = SearchFixtures.ods();
        String inThree = SearchFixtures.marker();
        String inOne = SearchFixtures.marker();
        List<ObjectNode> lessons = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            lessons.add(SearchFixtures.lesson(ods, "Statistics Trust " + inThree, "fax-removal", "Fax removal " + i,
                    "Known locally as " + inThree + (i == 0 ? " and " + inOne : "") + ".",
                    "We removed the fax machines from every ward."));
        }
        SearchFixtures.importLessons(exchange, lessons);
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline && countWith(inThree) < 3) {
            Thread.sleep(100);
        }
        // replaced versions of a lesson count until their segment merges, as on Lucene: merge them away first
        OpenSearchNode.shared().post(INDEX + "/_forcemerge?only_expunge_deletes=true", "{}");
        OpenSearchNode.shared().post(INDEX + "/_refresh", "{}");

        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            OpenSearchTermStatistics statistics = new OpenSearchTermStatistics(
                    new OpenSearchRequests(Search.session(em)));
            // the terms as the index has them (the made-up words may lose an ending to the stemmer)
            String three = LessonAnalyzers.terms(analyzers.index(), inThree).get(0);
            String one = LessonAnalyzers.terms(analyzers.index(), inOne).get(0);
            String absent = LessonAnalyzers.terms(analyzers.index(), SearchFixtures.marker()).get(0);
            Map<String, Integer> docFreqs = statistics.docFreqs(List.of(three, one, absent));
            assertThat(docFreqs).as("lessons with each term in the all field").containsEntry(three, 3)
                    .containsEntry(one, 1);
            assertThat(docFreqs.getOrDefault(absent, 0)).as("a term no lesson has").isZero();
        } finally {
            em.close();
        }
    }

    private long countWith(String marker) throws Exception {
        OpenSearchNode.shared().post(INDEX + "/_refresh", "{}");
        String query = JSON.writeValueAsString(JSON.createObjectNode().set("query", JSON.createObjectNode()
                .set("match", JSON.createObjectNode().put(IndexFields.SUMMARY, marker))));
        return JSON.readTree(OpenSearchNode.shared().post(INDEX + "/_count", query)).path("count").asLong();
    }

    private Set<String> openSearchTerms(String analyzer, String text) throws Exception {
        String request = JSON.writeValueAsString(JSON.createObjectNode().put("analyzer", analyzer).put("text", text));
        Set<String> terms = new LinkedHashSet<>();
        for (JsonNode token : JSON.readTree(OpenSearchNode.shared().post(INDEX + "/_analyze", request))
                .path("tokens")) {
            terms.add(token.path("token").asText());
        }
        return terms;
    }
}
