package org.lessonsportal.domain.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.lessonsportal.domain.lesson.Lesson;
import org.lessonsportal.domain.search.KeyTerms.KeyTerm;
import org.lessonsportal.domain.taxonomy.ChallengeType;
import org.lessonsportal.domain.taxonomy.Labelled;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.domain.taxonomy.Setting;

/**
 * "Others have done this before", in the manner of Lucene's MoreLikeThis: the description is analysed with the
 * search analyzer (so its acronyms bring their synonyms, at half weight), its terms are weighed by tf·idf against the
 * index, the {@value KeyTerms#KEY_TERMS} most telling ones become a weighted query over the lessons' text, and
 * lessons of the same project type get a bonus. Each hit says why it matched, in words that mean something: the
 * facets it shares (type of project, care settings and kinds of challenge, when the project's are known) and the
 * distinctive key terms it shares ({@link ReasonWords}; read from its stored text with the index analyzer), and whom to
 * contact.
 */
final class SimilarLessonFinder {

    static final int MAX_DESCRIPTION = 5_000;
    private static final float SAME_TYPE_BONUS = 2.5f;
    /**
     * OpenSearch 2's BM25 is Lucene's older formula ({@code LegacyBM25Similarity}), whose scores are (k1 + 1) = 2.2
     * times those of Lucene 9's {@code BM25Similarity} (the embedded index's), in the same order. The same-type bonus
     * is a constant added to them, so on OpenSearch it is scaled alike to weigh the same as on Lucene.
     */
    private static final float OPENSEARCH_BM25_SCALE = 1.2f + 1f;
    private static final int SHOWN_TERMS = 6;

    /**
     * With ranking by meaning: how many lessons the words find for the fusion, and how much a lesson's place by meaning
     * counts beside its place by words. Tuned on the blind set's tuning half (weights 0.2, 0.4, 0.7 and 1 compared;
     * docs/relevance.md).
     */
    private static final int MEANING_POOL = 50;
    /** Where the score is in a row of {@link #projection}. */
    private static final int SCORE = 6;
    private static final double MEANING_WEIGHT = 0.2;

    private final LessonAnalyzers analyzers;
    /** {@code null} when ranking by meaning is off. */
    private final SentenceEmbeddings embeddings;
    private final ReasonWords reasonWords;
    private final KeyTerms keyTerms;
    /** Whether the index is on OpenSearch (its statistics and queries are then read through JSON). */
    private final boolean openSearch;

    SimilarLessonFinder(LessonAnalyzers analyzers, SentenceEmbeddings embeddings, boolean openSearch) {
        this.analyzers = analyzers;
        this.openSearch = openSearch;
        this.embeddings = embeddings;
        this.reasonWords = new ReasonWords(analyzers);
        this.keyTerms = new KeyTerms(analyzers, reasonWords);
    }

    /**
     * What is known of the project besides its description: its care settings and the kinds of challenge it met (a
     * lesson's own, for its page); a lesson that shares them says so in its reason.
     */
    record Facets(Set<Setting> settings, Set<ChallengeType> challenges) {

        static final Facets NONE = new Facets(Set.of(), Set.of());

        Facets {
            settings = Set.copyOf(settings);
            challenges = Set.copyOf(challenges);
        }
    }

    /** Lessons like a described project whose type, at most, is known. */
    SimilarLessons find(SearchSession session, String description, ProjectType type, Long excludeOrganisationId,
            Long excludeLessonId, int size) {
        return find(session, description, type, Facets.NONE, excludeOrganisationId, excludeLessonId, size);
    }

    SimilarLessons find(SearchSession session, String description, ProjectType type, Facets facets,
            Long excludeOrganisationId, Long excludeLessonId, int size) {
        SearchScope<Lesson> scope = session.scope(Lesson.class);
        String text = QueryText.clean(description, MAX_DESCRIPTION);
        List<KeyTerm> keyTerms;
        if (openSearch) {
            try {
                keyTerms = this.keyTerms.of(new OpenSearchTermStatistics(new OpenSearchRequests(session)), text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            try (IndexReader reader = scope.extension(LuceneExtension.get()).openIndexReader()) {
                keyTerms = this.keyTerms.of(reader, text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (keyTerms.isEmpty() && type == null) {
            return new SimilarLessons(List.of(), List.of());
        }
        // The description's vector is made on another thread while the lessons with its key terms are found.
        java.util.concurrent.CompletableFuture<float[]> meaning = embeddings == null || keyTerms.isEmpty() ? null
                : embeddings.queryInBackground(text);
        SearchPredicate predicate = predicate(scope, keyTerms, type, excludeOrganisationId, excludeLessonId);
        var f = scope.sort();
        var sort = keyTerms.isEmpty()
                ? f.field(IndexFields.PUBLISHED_ON).desc().then().field(IndexFields.SORT_ID).desc().toSort()
                : f.score().then().field(IndexFields.PUBLISHED_ON).desc().toSort();
        List<SimilarLesson> lessons = new ArrayList<>();
        if (meaning != null) {
            for (List<?> row : byMeaningToo(session, scope, predicate, sort, meaning, size)) {
                lessons.add(lesson(row, keyTerms, type, facets));
            }
            return new SimilarLessons(keyTerms.stream().map(KeyTerm::surface).distinct().toList(), lessons);
        }
        // No total is needed, so Lucene may skip lessons that cannot make the top (block-max WAND).
        List<List<?>> rows = session.search(scope).select(projection(scope)).where(predicate).sort(sort)
                .totalHitCountThreshold(size).fetchHits(size);
        for (List<?> row : rows) {
            lessons.add(lesson(row, keyTerms, type, facets));
        }
        return new SimilarLessons(keyTerms.stream().map(KeyTerm::surface).distinct().toList(), lessons);
    }

    /**
     * The best {@code size} lessons by words and meaning together ({@link SentenceEmbeddings#fuse}): the best
     * {@value #MEANING_POOL} by words, re-ranked with their nearness in meaning to the description (by words alone if
     * the description's vector could not be made); then only the lessons shown are read in full. Each row's score is
     * its fused score.
     */
    private List<List<?>> byMeaningToo(SearchSession session, SearchScope<Lesson> scope, SearchPredicate predicate,
            org.hibernate.search.engine.search.sort.SearchSort sort,
            java.util.concurrent.CompletableFuture<float[]> meaning, int size) {
        int pool = Math.max(size, MEANING_POOL);
        List<Long> byWords = session.search(scope).select(f -> f.id(Long.class)).where(predicate).sort(sort)
                .totalHitCountThreshold(pool).fetchHits(pool);
        if (byWords.isEmpty()) {
            return List.of();
        }
        float[] vector = SentenceEmbeddings.await(meaning);
        List<Long> byMeaning = vector == null ? List.of() : session.search(scope).select(f -> f.id(Long.class))
                .where(f -> f.knn(byWords.size()).field(IndexFields.EMBEDDING).matching(vector)
                        .filter(f.id().matchingAny(byWords)))
                .fetchHits(byWords.size());
        List<Long> shown = new ArrayList<>();
        Map<Long, Double> fused = SentenceEmbeddings.fuse(byWords, byMeaning, MEANING_WEIGHT);
        for (Long id : fused.keySet()) {
            if (shown.size() == size) {
                break;
            }
            shown.add(id);
        }
        Map<Long, List<?>> rows = new HashMap<>();
        for (List<?> row : session.search(scope).select(projection(scope)).where(f -> f.id().matchingAny(shown))
                .fetchHits(shown.size())) {
            rows.put((Long) row.get(0), row);
        }
        List<List<?>> ordered = new ArrayList<>();
        for (Long id : shown) {
            List<?> read = rows.get(id);
            if (read == null) {
                continue; // archived between the two reads
            }
            List<Object> row = new ArrayList<>(read);
            row.set(SCORE, fused.get(id).floatValue());
            ordered.add(row);
        }
        return ordered;
    }

    private SearchPredicate predicate(SearchScope<Lesson> scope, List<KeyTerm> keyTerms, ProjectType type,
            Long excludeOrganisationId, Long excludeLessonId) {
        SearchPredicateFactory f = scope.predicate();
        BooleanPredicateClausesStep<?> bool = f.bool();
        if (!keyTerms.isEmpty()) {
            double top = keyTerms.get(0).weight();
            BooleanQuery.Builder terms = new BooleanQuery.Builder();
            // A flat disjunction (no minimum to match): Lucene's MaxScore scorer skips lessons that cannot make
            // the top; one-word matches rank low anyway.
            for (KeyTerm keyTerm : keyTerms) {
                float boost = (float) (keyTerm.weight() / top);
                terms.add(new BoostQuery(new TermQuery(new Term(IndexFields.ALL, keyTerm.term())), boost),
                        Occur.SHOULD);
            }
            Query query = terms.build();
            bool.must(openSearch ? f.extension(ElasticsearchExtension.get()).fromJson(OpenSearchQueries.of(query))
                    : f.extension(LuceneExtension.get()).fromLuceneQuery(query));
            if (type != null) {
                bool.should(f.match().field(IndexFields.PROJECT_TYPE).matching(type.code()).constantScore()
                        .boost(openSearch ? SAME_TYPE_BONUS * OPENSEARCH_BM25_SCALE : SAME_TYPE_BONUS));
            }
        } else {
            bool.must(f.match().field(IndexFields.PROJECT_TYPE).matching(type.code()));
        }
        if (excludeOrganisationId != null) {
            bool.mustNot(f.match().field(IndexFields.ORGANISATION_ID).matching(excludeOrganisationId));
        }
        if (excludeLessonId != null) {
            bool.mustNot(f.id().matching(excludeLessonId));
        }
        return bool.toPredicate();
    }

    private static SearchProjection<List<?>> projection(SearchScope<Lesson> scope) {
        var f = scope.projection();
        return f.composite().from(f.id(Long.class), f.field(IndexFields.EXTERNAL_ID, String.class),
                f.field(IndexFields.TITLE, String.class), f.field(IndexFields.SUMMARY, String.class),
                f.field(IndexFields.PROJECT_TYPE, String.class), f.field(IndexFields.PUBLISHED_ON, LocalDate.class),
                f.score(), f.field(IndexFields.ORGANISATION_ODS, String.class),
                f.field(IndexFields.ORGANISATION_NAME, String.class),
                f.field(IndexFields.CONTACT_NAME, String.class), f.field(IndexFields.CONTACT_EMAIL, String.class),
                f.field(IndexFields.BODY, String.class).multi(), f.field(IndexFields.KEYWORDS, String.class).multi(),
                f.field(IndexFields.SETTINGS, String.class).multi(),
                f.field(IndexFields.CHALLENGE_TYPES, String.class).multi())
                .asList().toProjection();
    }

    @SuppressWarnings("unchecked")
    private SimilarLesson lesson(List<?> row, List<KeyTerm> keyTerms, ProjectType type, Facets facets) {
        ProjectType lessonType = Labelled.find(ProjectType.class, (String) row.get(4)).orElse(null);
        Set<String> words = new HashSet<>();
        words.addAll(LessonAnalyzers.terms(analyzers.index(), (String) row.get(2)));
        words.addAll(LessonAnalyzers.terms(analyzers.index(), (String) row.get(3)));
        for (int i = 11; i <= 12; i++) {
            for (String value : (List<String>) row.get(i)) {
                words.addAll(LessonAnalyzers.terms(analyzers.index(), value));
            }
        }
        // The most telling distinctive words the lesson shares (key terms come most telling first), shown with the
        // words of the NHS vocabulary first.
        List<String> matched = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (KeyTerm keyTerm : keyTerms) {
            if (keyTerm.reason() && words.contains(keyTerm.term())
                    && seen.add(keyTerm.surface().toLowerCase(Locale.ROOT)) && matched.size() < SHOWN_TERMS) {
                matched.add(keyTerm.surface());
            }
        }
        matched.sort(Comparator.comparing((String written) -> !reasonWords.inVocabulary(written)));
        List<Setting> sameSettings = ((List<String>) row.get(13)).stream()
                .map(code -> Labelled.find(Setting.class, code).orElse(null))
                .filter(s -> s != null && facets.settings().contains(s)).sorted().toList();
        List<ChallengeType> sameChallenges = ((List<String>) row.get(14)).stream()
                .map(code -> Labelled.find(ChallengeType.class, code).orElse(null))
                .filter(c -> c != null && facets.challenges().contains(c)).distinct().sorted().toList();
        Float score = (Float) row.get(SCORE);
        return new SimilarLesson((Long) row.get(0), (String) row.get(1), (String) row.get(2), (String) row.get(3),
                lessonType, (LocalDate) row.get(5), score == null || score.isNaN() ? 0f : score,
                new SimilarLesson.Reason(type != null && type == lessonType, sameSettings, sameChallenges,
                        List.copyOf(matched)),
                new SimilarLesson.ContactPoint((String) row.get(7), (String) row.get(8), (String) row.get(9),
                        (String) row.get(10)));
    }
}
