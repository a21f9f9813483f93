package org.lessonsportal.domain.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.FixedBitSet;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.lessonsportal.domain.lesson.Lesson;
import org.lessonsportal.domain.search.FacetCountCache.Counts;
import org.lessonsportal.domain.taxonomy.Labelled;
import org.lessonsportal.domain.taxonomy.ProjectType;

/**
 * Runs one search: the page of results, the facet counts, the widening to lessons that match some of the words when
 * few have all of them, and the suggestions when nothing matches. Lives for one call. Its parts
 * are classes of their own: the index view ({@link IndexView}), the filters ({@link SearchFilters}), the counts and
 * facet groups ({@link MatchCounts}, {@link FacetGroups}), the passages ({@link BodyPassages}) and the suggestions
 * ({@link SearchSuggestions}); the query checks itself ({@link SearchQuery#checked}).
 */
final class LessonSearch {

    /** How many candidates by words ranking by meaning re-ranks, and the step of the candidate window. */
    static final int CANDIDATES = 100;
    /**
     * When fewer lessons than this have (nearly) all the words, lessons with some of them are found too: a person who
     * sees one or two results concludes nobody did it before. (Tuned on the blind set's tuning half: 10 and 30 and
     * "always" compared; 30 found more of the relevant lessons than 10, "always" no more than 30.)
     */
    static final int WIDEN_BELOW = 30;
    /** Hibernate Search's field for the document id (the lesson id as text). */
    private static final String ID_FIELD = "__HSEARCH_id";

    private final IndexView index;
    private final SearchFilters filters;
    private final MatchCounts matchCounts;
    private final SearchSuggestions suggestions;
    private final SpellingSuggester spelling;
    private final TextQueries textQueries;
    private final Reranking reranking;
    /** Ranking by meaning as well as by words; {@code null} when it is off. */
    private final SentenceEmbeddings embeddings;
    /** The search's vector, being made while the words are ranked; {@code null} when not needed. */
    private CompletableFuture<float[]> meaning;
    /** For a widened search, the lessons that have (nearly) all the words; {@code null} otherwise. */
    private Query allWordsMatch;

    LessonSearch(SearchSession session, LessonAnalyzers analyzers, TextQueries textQueries,
            SpellingSuggester spelling, FacetCountCache cache, SentenceEmbeddings embeddings) {
        this.embeddings = embeddings;
        this.index = new IndexView(session.scope(Lesson.class));
        this.filters = new SearchFilters(analyzers);
        this.matchCounts = new MatchCounts(index, filters, textQueries, cache);
        this.suggestions = new SearchSuggestions(textQueries);
        this.spelling = spelling;
        this.textQueries = textQueries;
        this.reranking = new Reranking(textQueries);
    }

    // -------------------------------------------------------------------------------------------------------- search

    SearchResults run(SearchQuery query) {
        try {
            return search(query);
        } finally {
            index.close();
        }
    }

    private SearchResults search(SearchQuery query) {
        QueryText text = QueryText.of(query.text(), SearchQuery.MAX_TEXT_LENGTH);
        Query strict = textQueries.match(text, true);
        boolean hasText = strict != null;
        Counts counts = matchCounts.counts(query, TextQueries.matchOnly(strict));
        long allWordsCount = counts.total();
        Query full = strict;
        boolean widened = false;
        if (widens(query, text, TextQueries.matchOnly(strict), counts.total())) {
            // Recall first: too few lessons have (nearly) all the words, so lessons with some of them are found too,
            // ranked by how many of the words they have as well as how well they match.
            Query some = textQueries.match(text, false);
            Counts relaxed = matchCounts.counts(query, TextQueries.matchOnly(some));
            if (relaxed.total() > counts.total()) {
                counts = relaxed;
                full = some;
                widened = true;
                allWordsMatch = TextQueries.matchOnly(strict);
            }
        }
        List<SearchHit> hits = List.of();
        long offset = (long) query.page() * query.size();
        if (counts.total() > offset) {
            if (embeddings != null && query.sort() != SearchSort.NEWEST) {
                // Made on another thread while the page's candidates are chosen and ranked by their words.
                meaning = embeddings.queryInBackground(text.text());
            }
            hits = hits(query, text, full, widened);
        }
        List<Suggestion> suggested = counts.total() == 0
                ? suggestions.of(words -> spelling.correct(index.reader(), words), query, text, hasText,
                        this::count) : List.of();
        return new SearchResults(query, counts.total(), hits, counts.facets(), widened, allWordsCount, suggested);
    }

    /**
     * Whether a search widens to lessons with some of its words: when fewer than {@value #WIDEN_BELOW} lessons have
     * (nearly) all of them, counted without the filters (so that ticking a filter never finds more lessons than its
     * count promised), or when none does with the filters.
     *
     * @param strict   the words' matching query, all (or nearly all) of them; {@code null} without words
     * @param filtered how many lessons it matches with the search's filters
     */
    private boolean widens(SearchQuery query, QueryText text, Query strict, long filtered) {
        if (strict == null || textQueries.wordCount(text) < 2) {
            return false;
        }
        if (filtered == 0) {
            return true;
        }
        try {
            long unfiltered = query.hasFilters() ? index.searcher().count(strict) : filtered;
            return unfiltered < WIDEN_BELOW;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the lesson is among the results: every word (no fall-back to some of them), every filter. */
    boolean matches(SearchQuery query, Long lessonId) {
        Query strict = textQueries.matchOnly(QueryText.of(query.text(), SearchQuery.MAX_TEXT_LENGTH), true);
        Query thisLesson = new BooleanQuery.Builder()
                .add(filters.filtered(strict, query, null), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(ID_FIELD, String.valueOf(lessonId))), BooleanClause.Occur.FILTER)
                .build();
        try {
            return index.searcher().count(thisLesson) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.close();
        }
    }

    /** How many lessons a suggested search would find (widening as the search itself would). */
    private long count(SearchQuery query, QueryText text) {
        try {
            Query strict = textQueries.matchOnly(text, true);
            long total = index.searcher().count(filters.filtered(strict, query, null));
            if (widens(query, text, strict, total)) {
                total = Math.max(total, index.searcher().count(filters.filtered(textQueries.matchOnly(text, false),
                        query, null)));
            }
            return total;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------------------------------------------------- page

    /**
     * The page. Newest first (or without words): the matching lessons in date order, counting no further than the
     * page. Best match first: in two steps, the classic way to afford a rich ranking. The matching clause alone
     * (BM25 over all the text, synonyms included) picks the best {@link #candidateWindow candidates} cheaply, letting
     * Lucene skip lessons that cannot make it; the full query (title, summary, keyword and category boosts, words
     * close together) then ranks only those. Passages are highlighted last, for the page's lessons only.
     */
    private List<SearchHit> hits(SearchQuery query, QueryText text, Query full, boolean widened) {
        int offset = query.page() * query.size();
        try {
            if (full == null || query.sort() == SearchSort.NEWEST) {
                return newestHits(query, text, full, widened, offset);
            }
            return rankedHits(query, text, full, widened, offset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Newest first (and every search without words): the matching lessons by publication day, latest added first. */
    private List<SearchHit> newestHits(SearchQuery query, QueryText text, Query full, boolean widened, int offset)
            throws IOException {
        SortField published = new SortedNumericSortField(IndexFields.PUBLISHED_ON, SortField.Type.LONG, true);
        published.setMissingValue(Long.MIN_VALUE);
        Sort newest = new Sort(published, new SortedNumericSortField(IndexFields.SORT_ID, SortField.Type.LONG, true));
        TopDocs top = index.searcher().search(filters.filtered(TextQueries.matchOnly(full), query, null),
                offset + query.size(), newest);
        List<Integer> page = new ArrayList<>();
        for (int i = offset; i < top.scoreDocs.length; i++) {
            page.add(top.scoreDocs[i].doc);
        }
        return page(page, Collections.nCopies(page.size(), 0f), text, full != null, widened);
    }

    /**
     * Best match first, straight on the index (one reader for every step): the candidates are the best-scoring
     * lessons among those counted, by a flat disjunction of the words and synonyms that Lucene can prune term by
     * term; only they are scored with the full query; only the page's lessons are loaded and highlighted.
     */
    private List<SearchHit> rankedHits(SearchQuery query, QueryText text, Query full, boolean widened,
            int offset) throws IOException {
        IndexSearcher searcher = index.searcher();
        Query match = TextQueries.matchOnly(full);
        FixedBitSet matching = matchCounts.matching(query, match);
        int window = candidateWindow(offset + query.size());
        int[] candidates = Candidates.best(searcher, textQueries.candidateScoring(text, full), matching, window);
        List<Candidates.Ranked> ranked = rank(searcher, full, candidates);
        if (widened) {
            ranked = reranking.byShareOfWords(searcher, ranked, candidates, text, allWordsMatch);
        }
        float[] vector = meaning == null ? null : SentenceEmbeddings.await(meaning);
        if (vector != null) {
            ranked = Reranking.byMeaningToo(searcher, ranked, CANDIDATES, vector);
        }
        if (offset >= ranked.size()) {
            return List.of();
        }
        List<Candidates.Ranked> page = ranked.subList(offset, Math.min(ranked.size(), offset + query.size()));
        return page(page.stream().map(Candidates.Ranked::doc).toList(),
                page.stream().map(Candidates.Ranked::score).toList(), text, true, widened);
    }

    /**
     * The page's lessons, as shown: each lesson's stored fields are read once, for its result and its passages.
     * Documents are numbers in this search's reader.
     */
    private List<SearchHit> page(List<Integer> docs, List<Float> scores, QueryText text, boolean highlight,
            boolean widened) throws IOException {
        StoredFields stored = index.reader().storedFields();
        Map<Integer, StoredLesson> lessons = new LinkedHashMap<>();
        for (int doc : docs) {
            lessons.put(doc, StoredLesson.read(stored, doc));
        }
        Map<Integer, List<Passage>> passages = highlight && !lessons.isEmpty()
                ? BodyPassages.of(index.reader(), textQueries.bodyQuery(text), lessons) : Map.of();
        // When the search widened, each lesson says which of the words it lacks.
        Map<Integer, List<String>> missing = widened
                ? reranking.missingWords(index.searcher(), docs, text, allWordsMatch) : Map.of();
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            int doc = docs.get(i);
            StoredLesson lesson = lessons.get(doc);
            hits.add(new SearchHit(index.lessonId(doc), lesson.externalId(), lesson.title(), lesson.summary(),
                    Labelled.find(ProjectType.class, lesson.projectType()).orElse(null), lesson.odsCode(),
                    lesson.organisationName(), lesson.publishedOn(), scores.get(i),
                    passages.getOrDefault(doc, List.of()), missing.getOrDefault(doc, List.of())));
        }
        return hits;
    }

    /** The candidates scored with the full query, best first. */
    private static List<Candidates.Ranked> rank(IndexSearcher searcher, Query full, int[] candidates)
            throws IOException {
        if (candidates.length == 0) {
            return List.of();
        }
        Query scored = new BooleanQuery.Builder().add(full, BooleanClause.Occur.MUST)
                .add(new DocsQuery(candidates), BooleanClause.Occur.FILTER).build();
        List<Candidates.Ranked> ranked = searcher.search(scored,
                new CollectorManager<Candidates.Scoring, List<Candidates.Ranked>>() {
                    @Override
                    public Candidates.Scoring newCollector() {
                        return new Candidates.Scoring();
                    }

                    @Override
                    public List<Candidates.Ranked> reduce(Collection<Candidates.Scoring> collectors) {
                        List<Candidates.Ranked> all = new ArrayList<>();
                        collectors.forEach(c -> all.addAll(c.ranked));
                        return all;
                    }
                });
        ranked.sort(Candidates.BEST_FIRST);
        return ranked;
    }

    /**
     * How many lessons the full ranking considers: enough for the page, in steps of {@value #CANDIDATES}, so the
     * first pages share one ranking (pages beyond the first window are ranked within a larger one).
     */
    static int candidateWindow(int needed) {
        return Math.min(SearchQuery.MAX_RESULT_WINDOW, ((needed + CANDIDATES - 1) / CANDIDATES) * CANDIDATES);
    }
}
