package org.lessonsportal.domain.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.ImportReport;
import org.lessonsportal.testsupport.TestSearchEngineEnvironmentPostProcessor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/**
 * The honest measure of search quality (docs/relevance.md): a relevance set written blind, by people who never saw the
 * ranking code, with judgements written before any search ran on it, split once into a tuning half and a held-out
 * half. Every run ranks both halves with the portal and with {@link PlainBm25} side by side and prints the table. The
 * held-out half is only measured, never tuned on: its per-search lines are not printed.
 * <p>
 * Fails when, on the held-out half, the portal's mean nDCG@10 is below plain BM25's plus {@value #KEYWORD_MARGIN}
 * for keyword searches or plus {@value #DESCRIPTION_MARGIN} for project descriptions, when any held-out search
 * finds fewer of its relevant lessons (grade 2) in the first ten than BM25 does, or when any of the realistic
 * searches in {@code search/blind/} finds nothing while BM25 finds something; and when ranking by meaning no longer
 * raises the held-out half by {@value #MEANING_GAIN} over words alone.
 */
@BlindCollectionTest
class BlindRelevanceIntegrationTest extends SearchTestCase {

    static final String LESSONS = "search/blind/lessons.json";
    static final String TUNING = "search/blind/searches-tuning.json";
    static final String HELD_OUT = "search/blind/searches-heldout.json";
    static final String VARIANTS = "search/blind/search-variants.json";
    static final double KEYWORD_MARGIN = 0.05;
    static final double DESCRIPTION_MARGIN = 0.03;
    static final double MEANING_GAIN = 0.02;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    LessonAnalyzers analyzers;

    private final Map<Long, String> externalIds = new HashMap<>();
    private PlainBm25 bm25;

    @BeforeAll
    void loadCollection() {
        ImportReport report = exchange.importAsSystem(new ClassPathResource(LESSONS), (done, total) -> { });
        assertThat(report.rejected()).as("rejected lessons of the blind set").isEmpty();
        assertThat(report.total()).isGreaterThanOrEqualTo(120);
        report.imported().forEach(i -> externalIds.put(i.lessonId(), i.externalId()));
        bm25 = PlainBm25.of(LESSONS);
    }

    @AfterAll
    void closeBaseline() throws Exception {
        bm25.close();
    }

    @Test
    void tuningHalfIsReportedSideBySideWithPlainBm25() {
        System.out.println("\n=== Blind set, tuning half (per search: portal nDCG@10, BM25 nDCG@10) ===");
        List<RelevanceRun.Scored> scored = RelevanceRun.run(JudgedSearch.read(TUNING), this::portal, bm25, true);
        List<RelevanceRun.Means> table = table("blind tuning", scored);
        assertThat(table.get(0).searches()).as("keyword searches in the tuning half").isGreaterThanOrEqualTo(20);
    }

    @Test
    void heldOutHalfBeatsPlainBm25() {
        List<RelevanceRun.Scored> scored = RelevanceRun.run(JudgedSearch.read(HELD_OUT), this::portal, bm25, false);
        List<RelevanceRun.Means> table = table("blind held-out", scored);
        RelevanceRun.Means keyword = table.get(0);
        RelevanceRun.Means description = table.get(1);
        assertThat(keyword.searches()).as("keyword searches in the held-out half").isGreaterThanOrEqualTo(20);
        assertThat(description.searches()).as("descriptions in the held-out half").isGreaterThanOrEqualTo(8);
        List<String> fewerFound = scored.stream().filter(s -> s.portalFound() < s.bm25Found())
                .map(s -> s.search().id() + " (" + s.portalFound() + " of BM25's " + s.bm25Found() + ")").toList();
        assertThat(fewerFound).as("held-out searches finding fewer relevant lessons in the first ten than BM25")
                .isEmpty();
        assertThat(keyword.portalNdcg()).as("held-out keyword searches: portal nDCG@10 against BM25 + margin")
                .isGreaterThanOrEqualTo(keyword.bm25Ndcg() + KEYWORD_MARGIN);
        assertThat(description.portalNdcg()).as("held-out descriptions: portal nDCG@10 against BM25 + margin")
                .isGreaterThanOrEqualTo(description.bm25Ndcg() + DESCRIPTION_MARGIN);
    }

    /**
     * Ranking by meaning stays on only while it earns its cost: on the held-out half it must raise nDCG@10 by at least
     * {@value #MEANING_GAIN} over the same search ranked by words alone (the portal with
     * {@code lessons.search.semantic=false}), for keyword searches and for project descriptions.
     */
    @Test
    void rankingByMeaningRaisesTheHeldOutHalfOverWordsAlone() {
        System.out.println("\n=== Blind set, words alone (lessons.search.semantic=false), both halves ===");
        List<RelevanceRun.Means> tuning = table("tuning, words alone",
                RelevanceRun.run(JudgedSearch.read(TUNING), this::wordsAlone, bm25, false));
        List<RelevanceRun.Means> alone = table("held-out, words alone",
                RelevanceRun.run(JudgedSearch.read(HELD_OUT), this::wordsAlone, bm25, false));
        List<RelevanceRun.Means> both = table("held-out, words and meaning",
                RelevanceRun.run(JudgedSearch.read(HELD_OUT), this::portal, bm25, false));
        assertThat(tuning).hasSize(2);
        for (int kind = 0; kind < 2; kind++) {
            assertThat(both.get(kind).portalNdcg()).as(both.get(kind).name() + " against words alone")
                    .isGreaterThanOrEqualTo(alone.get(kind).portalNdcg() + MEANING_GAIN);
        }
    }

    /**
     * The portal's ranking with its words only: the same search code, on the same engine, without the sentence
     * embeddings.
     */
    private List<String> wordsAlone(JudgedSearch judged) {
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            SearchSession session = Search.session(em);
            boolean openSearch = TestSearchEngineEnvironmentPostProcessor.openSearch();
            SearchQuery query = SearchQuery.builder().text(judged.text()).size(RelevanceRun.K).build();
            SpellingSuggester spelling = new SpellingSuggester(analyzers);
            List<Long> ids = judged.kind() == JudgedSearch.Kind.KEYWORD
                    ? (openSearch
                            ? new OpenSearchLessonSearch(session, analyzers, analyzers.vocabulary().queries(), spelling,
                                    null).run(query)
                            : new LessonSearch(session, analyzers, analyzers.vocabulary().queries(), spelling,
                                    new FacetCountCache(0), null).run(query)).items()
                            .stream().map(SearchHit::lessonId).toList()
                    : new SimilarLessonFinder(analyzers, null, openSearch).find(session, judged.text(),
                            judged.projectType(), null, null, RelevanceRun.K).lessons().stream()
                            .map(SimilarLesson::lessonId).toList();
            return ids.stream().map(externalIds::get).toList();
        } finally {
            em.close();
        }
    }

    /**
     * No needless empty page: of every realistic search (both halves, the variants people retype, the older set's
     * searches), none finds nothing while plain BM25 finds something.
     */
    @Test
    void noSearchFindsNothingWhereBm25FindsSomething() {
        Set<String> texts = new LinkedHashSet<>();
        for (String half : List.of(TUNING, HELD_OUT)) {
            JudgedSearch.read(half).forEach(s -> texts.add(s.text()));
        }
        JudgedSearch.json(VARIANTS).get("searches").forEach(v -> texts.add(v.asText()));
        for (JsonNode older : JudgedSearch.json("search/relevance-judgements.json").get("search")) {
            texts.add(older.get("query").asText());
        }
        List<String> empty = new ArrayList<>();
        int bm25Empty = 0;
        for (String text : texts) {
            boolean baselineFinds = bm25.count(text) > 0;
            bm25Empty += baselineFinds ? 0 : 1;
            if (baselineFinds && search.search(SearchQuery.builder().text(text).size(10).build()).isEmpty()) {
                empty.add(text);
            }
        }
        System.out.printf("%nEmpty pages: %d of %d searches find nothing where BM25 finds something "
                + "(BM25 itself finds nothing for %d)%n", empty.size(), texts.size(), bm25Empty);
        assertThat(texts).hasSizeGreaterThanOrEqualTo(200);
        assertThat(empty).as("searches finding nothing where plain BM25 finds something").isEmpty();
    }

    private List<String> portal(JudgedSearch judged) {
        return RelevanceRun.portal(search, externalIds, judged);
    }

    private static List<RelevanceRun.Means> table(String set, List<RelevanceRun.Scored> scored) {
        List<RelevanceRun.Means> rows = new ArrayList<>();
        for (JudgedSearch.Kind kind : JudgedSearch.Kind.values()) {
            rows.add(RelevanceRun.means(set + ", " + kind.name().toLowerCase(java.util.Locale.ROOT),
                    scored.stream().filter(s -> s.search().kind() == kind).toList()));
        }
        System.out.println(RelevanceRun.Means.header());
        rows.forEach(row -> System.out.println(row.row()));
        return rows;
    }
}
