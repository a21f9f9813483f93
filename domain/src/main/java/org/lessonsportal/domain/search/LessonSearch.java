package org.lessonsportal.domain.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.highlight.DefaultEncoder;
import org.apache.lucene.search.vectorhighlight.FastVectorHighlighter;
import org.apache.lucene.search.vectorhighlight.FieldQuery;
import org.apache.lucene.search.vectorhighlight.ScoreOrderFragmentsBuilder;
import org.apache.lucene.search.vectorhighlight.SimpleFragListBuilder;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.lessonsportal.domain.lesson.Lesson;
import org.lessonsportal.domain.search.FacetCountCache.Counts;
import org.lessonsportal.domain.taxonomy.Codes;
import org.lessonsportal.domain.taxonomy.ProjectType;

/**
 * Runs one search: the page of results, the facet counts, the widening to lessons that match some of the words when
 * few have all of them, and the suggestions when nothing matches. Lives for one call.
 */
final class LessonSearch {

    private static final int PASSAGES = 3;
    private static final int MAX_FACET_VALUES = 30;
    private static final int CANDIDATES = 100;
    /**
     * When fewer lessons than this have (nearly) all the words, lessons with some of them are found too: a person who
     * sees one or two results concludes nobody did it before. (Tuned on the blind set's tuning half: 10 and 30 and
     * "always" compared; 30 found more of the relevant lessons than 10, "always" no more than 30.)
     */
    static final int WIDEN_BELOW = 30;
    private static final int PASSAGE_LENGTH = 180;
    /** Hibernate Search's field for the document id (the lesson id as text). */
    private static final String ID_FIELD = "__HSEARCH_id";

    private final SearchScope<Lesson> scope;
    private final LessonAnalyzers analyzers;
    private final TextQueries textQueries;
    private final Reranking reranking;
    private final SpellingSuggester spelling;
    private final FacetCountCache cache;
    /** Ranking by meaning as well as by words; {@code null} when it is off. */
    private final SentenceEmbeddings embeddings;
    /** The search's vector, being made while the words are ranked; {@code null} when not needed. */
    private java.util.concurrent.CompletableFuture<float[]> meaning;
    /** For a widened search, the lessons that have (nearly) all the words; {@code null} otherwise. */
    private Query allWordsMatch;
    private List<Object> indexVersion;
    /** One point-in-time view of the index for the whole search, so document numbers stay valid between steps. */
    private IndexReader reader;
    private IndexSearcher searcher;
    /** The matching query last counted in full, and the lessons it matched (with the filters). */
    private Query countedMatch;
    private FixedBitSet countedDocs;

    LessonSearch(SearchSession session, LessonAnalyzers analyzers, TextQueries textQueries,
            SpellingSuggester spelling, FacetCountCache cache, SentenceEmbeddings embeddings) {
        this.embeddings = embeddings;
        this.cache = cache;
        this.scope = session.scope(Lesson.class);
        this.analyzers = analyzers;
        this.textQueries = textQueries;
        this.reranking = new Reranking(textQueries);
        this.spelling = spelling;
    }

    // -------------------------------------------------------------------------------------------------------- search

    SearchResults run(SearchQuery query) {
        try {
            return search(query);
        } finally {
            closeReader();
        }
    }

    private SearchResults search(SearchQuery query) {
        QueryText text = QueryText.of(query.text(), SearchQuery.MAX_TEXT_LENGTH);
        Query strict = textQueries.match(text, true);
        boolean hasText = strict != null;
        Counts counts = counts(query, TextQueries.matchOnly(strict));
        long allWordsCount = counts.total();
        Query full = strict;
        boolean widened = false;
        if (widens(query, text, TextQueries.matchOnly(strict), counts.total())) {
            // Recall first: too few lessons have (nearly) all the words, so lessons with some of them are found too,
            // ranked by how many of the words they have as well as how well they match.
            Query some = textQueries.match(text, false);
            Counts relaxed = counts(query, TextQueries.matchOnly(some));
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
        List<Suggestion> suggestions = counts.total() == 0 ? suggestions(query, text, hasText) : List.of();
        return new SearchResults(query, counts.total(), hits, counts.facets(), widened, allWordsCount, suggestions);
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
            long unfiltered = query.hasFilters() ? searcher().count(strict) : filtered;
            return unfiltered < WIDEN_BELOW;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Whether the lesson is among the results: every word (no fall-back to some of them), every filter. */
    boolean matches(SearchQuery query, Long lessonId) {
        Query strict = textQueries.matchOnly(QueryText.of(query.text(), SearchQuery.MAX_TEXT_LENGTH), true);
        Query thisLesson = new BooleanQuery.Builder().add(filtered(strict, query, null), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(ID_FIELD, String.valueOf(lessonId))), BooleanClause.Occur.FILTER)
                .build();
        try {
            return searcher().count(thisLesson) > 0;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            closeReader();
        }
    }

    /**
     * How many lessons match and the facet counts: a query that scores nothing and collects no page, on the matching
     * clauses only. A facet in use is counted without its own filter (a second, aggregation-only query), so people
     * can add another value of it.
     */
    private Counts counts(SearchQuery query, Query match) {
        if (!cache.enabled()) {
            return count(query, match);
        }
        if (indexVersion == null) {
            indexVersion = indexVersion();
        }
        String key = (match == null ? "*" : match.toString()) + "|" + filterKey(query);
        Counts cached = cache.get(indexVersion, key);
        if (cached != null) {
            return cached;
        }
        Counts counts = count(query, match);
        cache.put(indexVersion, key, counts);
        return counts;
    }

    /**
     * The index's segments as they are now, and the vocabulary (whose {@link TextQueries} this search uses): any change
     * to the index or to the synonyms gives another list.
     */
    private List<Object> indexVersion() {
        List<Object> version = new ArrayList<>();
        reader().leaves().forEach(leaf -> version.add(leaf.reader().getReaderCacheHelper() == null ? leaf.reader()
                : leaf.reader().getReaderCacheHelper().getKey()));
        version.add(textQueries);
        return version;
    }

    private IndexReader reader() {
        if (reader == null) {
            reader = scope.extension(LuceneExtension.get()).openIndexReader();
            searcher = new IndexSearcher(reader);
        }
        return reader;
    }

    private IndexSearcher searcher() {
        reader();
        return searcher;
    }

    private void closeReader() {
        if (reader != null) {
            try {
                reader.close();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } finally {
                reader = null;
                searcher = null;
            }
        }
    }

    private static String filterKey(SearchQuery query) {
        StringBuilder key = new StringBuilder();
        for (Facet facet : Facet.values()) {
            key.append(facet.ordinal()).append('=').append(new java.util.TreeSet<>(facet.selectedIn(query)))
                    .append(';');
        }
        return key.toString();
    }

    private Counts count(SearchQuery query, Query match) {
        Set<Facet> unselected = EnumSet.noneOf(Facet.class);
        for (Facet facet : Facet.values()) {
            if (facet.selectedIn(query).isEmpty()) {
                unselected.add(facet);
            }
        }
        Map<Facet, Map<Object, Long>> counts = new EnumMap<>(Facet.class);
        try {
            IndexSearcher searcher = searcher();
            // The same pass notes the matching lessons, for choosing the best of them without matching again.
            FixedBitSet docs = new FixedBitSet(Math.max(1, reader().maxDoc()));
            FacetCounter.Result result = FacetCounter.count(searcher, filtered(match, query, null), unselected, docs);
            countedMatch = match == null ? new MatchAllDocsQuery() : match;
            countedDocs = docs;
            result.counts().forEach((facet, values) -> counts.put(facet, new LinkedHashMap<>(values)));
            for (Facet facet : Facet.values()) {
                if (!unselected.contains(facet)) {
                    // A facet in use is counted without its own filter, so people can add another value.
                    FacetCounter.Result alone = FacetCounter.count(searcher, filtered(match, query, facet),
                            EnumSet.of(facet));
                    counts.put(facet, new LinkedHashMap<>(alone.counts().get(facet)));
                }
            }
            return new Counts(result.total(), facets(query, counts));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The matching query with the filters, as a plain Lucene query for {@link FacetCounter}: terms on the keyword
     * fields (as indexed: codes, upper-case ODS codes, lower-case technologies) and points for the year.
     */
    private Query filtered(Query match, SearchQuery query, Facet except) {
        BooleanQuery.Builder filtered = new BooleanQuery.Builder()
                .add(match == null ? new MatchAllDocsQuery() : match, BooleanClause.Occur.FILTER);
        for (Facet facet : Facet.values()) {
            if (facet == except || facet.selectedIn(query).isEmpty()) {
                continue;
            }
            Query filter = facet == Facet.YEAR_COMPLETED
                    ? IntPoint.newSetQuery(IndexFields.YEAR_COMPLETED,
                            query.yearsCompleted().stream().mapToInt(Integer::intValue).toArray())
                    : new TermInSetQuery(field(facet), indexValues(facet, query).stream()
                            .map(v -> new BytesRef(String.valueOf(v))).toList());
            filtered.add(filter, BooleanClause.Occur.FILTER);
        }
        return filtered.build();
    }

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
            if (full == null || query.sort() == org.lessonsportal.domain.search.SearchSort.NEWEST) {
                return newestHits(query, text, full, widened, offset);
            }
            return rankedHits(query, text, full, widened, offset);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Newest first (and every search without words): the matching lessons by publication day, latest added first. */
    private List<SearchHit> newestHits(SearchQuery query, QueryText text, Query full, boolean widened, int offset)
            throws java.io.IOException {
        SortField published = new SortedNumericSortField(IndexFields.PUBLISHED_ON, SortField.Type.LONG, true);
        published.setMissingValue(Long.MIN_VALUE);
        Sort newest = new Sort(published, new SortedNumericSortField(IndexFields.SORT_ID, SortField.Type.LONG, true));
        TopDocs top = searcher().search(filtered(TextQueries.matchOnly(full), query, null), offset + query.size(),
                newest);
        List<Integer> page = new ArrayList<>();
        for (int i = offset; i < top.scoreDocs.length; i++) {
            page.add(top.scoreDocs[i].doc);
        }
        return page(page, java.util.Collections.nCopies(page.size(), 0f), text, full != null, widened);
    }

    /**
     * Best match first, straight on the index (one reader for every step): the candidates are the best-scoring
     * lessons among those counted, by a flat disjunction of the words and synonyms that Lucene can prune term by
     * term; only they are scored with the full query; only the page's lessons are loaded and highlighted.
     */
    private List<SearchHit> rankedHits(SearchQuery query, QueryText text, Query full, boolean widened,
            int offset) throws java.io.IOException {
        IndexSearcher searcher = searcher();
        Query match = TextQueries.matchOnly(full);
        FixedBitSet matching = countedDocs != null && match.equals(countedMatch) ? countedDocs : null;
        if (matching == null) {
            matching = new FixedBitSet(Math.max(1, reader().maxDoc()));
            FacetCounter.count(searcher, filtered(match, query, null), EnumSet.noneOf(Facet.class), matching);
        }
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
            boolean widened) throws java.io.IOException {
        StoredFields stored = reader().storedFields();
        Map<Integer, StoredLesson> lessons = new LinkedHashMap<>();
        for (int doc : docs) {
            lessons.put(doc, StoredLesson.read(stored, doc));
        }
        Map<Integer, List<Passage>> passages = highlight ? passages(lessons, text) : Map.of();
        // When the search widened, each lesson says which of the words it lacks.
        Map<Integer, List<String>> missing = widened ? reranking.missingWords(searcher(), docs, text, allWordsMatch)
                : Map.of();
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            int doc = docs.get(i);
            StoredLesson lesson = lessons.get(doc);
            hits.add(new SearchHit(lessonId(doc), lesson.externalId(), lesson.title(), lesson.summary(),
                    Codes.find(ProjectType.class, lesson.projectType()).orElse(null), lesson.odsCode(),
                    lesson.organisationName(), lesson.publishedOn(), scores.get(i),
                    passages.getOrDefault(doc, List.of()), missing.getOrDefault(doc, List.of())));
        }
        return hits;
    }

    /** The lesson id of a document, from the sort field's doc values. */
    private long lessonId(int doc) throws java.io.IOException {
        List<org.apache.lucene.index.LeafReaderContext> leaves = reader().leaves();
        org.apache.lucene.index.LeafReaderContext leaf = leaves.get(
                org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
        SortedNumericDocValues ids = org.apache.lucene.index.DocValues.getSortedNumeric(leaf.reader(),
                IndexFields.SORT_ID);
        if (!ids.advanceExact(doc - leaf.docBase)) {
            throw new IllegalStateException("A lesson in the index has no id.");
        }
        return ids.nextValue();
    }

    /** The candidates scored with the full query, best first. */
    private static List<Candidates.Ranked> rank(IndexSearcher searcher, Query full, int[] candidates)
            throws java.io.IOException {
        if (candidates.length == 0) {
            return List.of();
        }
        Query scored = new BooleanQuery.Builder().add(full, BooleanClause.Occur.MUST)
                .add(new Candidates.DocsQuery(candidates), BooleanClause.Occur.FILTER).build();
        List<Candidates.Ranked> ranked = searcher.search(scored, new org.apache.lucene.search.CollectorManager<
                Candidates.Scoring, List<Candidates.Ranked>>() {
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

    /**
     * The best passages of each lesson on the page. Lucene's fast vector highlighter, used directly on the index (the
     * body is stored with term vectors), with one query over the body alone built once per search: through Hibernate
     * Search's highlight projection it was rebuilt for every lesson and cost more than the search itself. The body's
     * text is the one already read for the page, not read again.
     */
    private Map<Integer, List<Passage>> passages(Map<Integer, StoredLesson> lessons, QueryText text)
            throws java.io.IOException {
        Query body = lessons.isEmpty() ? null : textQueries.bodyQuery(text);
        if (body == null) {
            return Map.of();
        }
        Map<Integer, List<Passage>> passages = new HashMap<>();
        IndexReader reader = reader();
        FastVectorHighlighter highlighter = new FastVectorHighlighter(true, true);
        FieldQuery fieldQuery = highlighter.getFieldQuery(body, reader);
        ScoreOrderFragmentsBuilder fragments = new ScoreOrderFragmentsBuilder(new String[] {Highlights.START},
                new String[] {Highlights.END}, new SentenceBoundaryScanner()) {
            @Override
            protected Field[] getFields(IndexReader in, int doc, String field) throws java.io.IOException {
                StoredLesson lesson = lessons.get(doc);
                if (lesson == null || !IndexFields.BODY.equals(field)) {
                    return super.getFields(in, doc, field);
                }
                return lesson.body().stream().map(value -> new Field(field, value, TextField.TYPE_STORED))
                        .toArray(Field[]::new);
            }
        };
        fragments.setDiscreteMultiValueHighlighting(true);
        SimpleFragListBuilder fragLists = new SimpleFragListBuilder();
        for (int doc : lessons.keySet()) {
            String[] best = highlighter.getBestFragments(fieldQuery, reader, doc, IndexFields.BODY, PASSAGE_LENGTH,
                    PASSAGES, fragLists, fragments, new String[] {Highlights.START}, new String[] {Highlights.END},
                    new DefaultEncoder());
            if (best != null && best.length > 0) {
                passages.put(doc, java.util.Arrays.stream(best)
                        .map(marked -> Highlights.passage(IndexFields.BODY, marked)).toList());
            }
        }
        return passages;
    }

    /** How many lessons a suggested search would find (widening as the search itself would). */
    private long count(SearchQuery query, QueryText text) {
        try {
            Query strict = textQueries.matchOnly(text, true);
            long total = searcher().count(filtered(strict, query, null));
            if (widens(query, text, strict, total)) {
                total = Math.max(total, searcher().count(filtered(textQueries.matchOnly(text, false), query, null)));
            }
            return total;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------------------------------------- query parts

    private Collection<?> indexValues(Facet facet, SearchQuery query) {
        return switch (facet) {
            case ORGANISATION -> query.organisations().stream().map(c -> c.toUpperCase(Locale.ROOT)).toList();
            case TECHNOLOGY -> query.technologies().stream().map(this::normaliseTechnology).toList();
            case YEAR_COMPLETED -> List.copyOf(query.yearsCompleted());
            default -> List.copyOf(facet.selectedIn(query));
        };
    }

    private String normaliseTechnology(String technology) {
        return analyzers.keyword().normalize(IndexFields.TECHNOLOGY, technology).utf8ToString();
    }

    private static String field(Facet facet) {
        return switch (facet) {
            case PROJECT_TYPE -> IndexFields.PROJECT_TYPE;
            case SETTING -> IndexFields.SETTINGS;
            case REGION -> IndexFields.REGION;
            case ORGANISATION -> IndexFields.ORGANISATION_ODS;
            case CHALLENGE_TYPE -> IndexFields.CHALLENGE_TYPES;
            case TECHNOLOGY -> IndexFields.TECHNOLOGY;
            case YEAR_COMPLETED -> IndexFields.YEAR_COMPLETED;
        };
    }





    // --------------------------------------------------------------------------------------------------- facets

    private List<FacetGroup> facets(SearchQuery query, Map<Facet, Map<Object, Long>> counts) {
        List<FacetGroup> groups = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            Set<String> selected = facet.selectedIn(query);
            Map<Object, Long> raw = counts.getOrDefault(facet, Map.of());
            if (facet == Facet.TECHNOLOGY) {
                raw = mergeTechnologies(raw);
            }
            Map<String, FacetValue> values = new LinkedHashMap<>();
            for (Map.Entry<Object, Long> count : raw.entrySet()) {
                FacetValue value = value(facet, String.valueOf(count.getKey()), count.getValue(), selected);
                values.merge(value.code(), value, (a, b) -> new FacetValue(a.code(), a.label(),
                        a.count() + b.count(), a.selected()));
            }
            for (String code : selected) {
                String key = facet == Facet.ORGANISATION ? code.toUpperCase(Locale.ROOT) : code;
                if (values.values().stream().noneMatch(v -> v.selected() && sameValue(facet, v.code(), key))) {
                    values.put(key, new FacetValue(key, facet.labelOf(key), 0, true));
                }
            }
            List<FacetValue> sorted = new ArrayList<>(values.values());
            Comparator<FacetValue> order = facet == Facet.YEAR_COMPLETED
                    ? Comparator.comparing(FacetValue::code).reversed()
                    : Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::label);
            sorted.sort(order);
            groups.add(new FacetGroup(facet, sorted.subList(0, Math.min(sorted.size(), MAX_FACET_VALUES))));
        }
        return groups;
    }

    private FacetValue value(Facet facet, String indexValue, long count, Set<String> selected) {
        String code = indexValue;
        String label;
        if (facet == Facet.ORGANISATION) {
            int separator = indexValue.indexOf(IndexFields.FACET_SEPARATOR);
            code = separator < 0 ? indexValue : indexValue.substring(0, separator);
            label = separator < 0 ? indexValue : indexValue.substring(separator + 1);
        } else {
            label = facet.labelOf(indexValue);
        }
        String finalCode = code;
        boolean isSelected = selected.stream().anyMatch(s -> sameValue(facet, s, finalCode));
        return new FacetValue(code, label, count, isSelected);
    }

    private boolean sameValue(Facet facet, String a, String b) {
        return switch (facet) {
            case ORGANISATION -> a.equalsIgnoreCase(b);
            case TECHNOLOGY -> normaliseTechnology(a).equals(normaliseTechnology(b));
            default -> a.equals(b);
        };
    }

    /**
     * Technologies are counted as written; "Epic" and "EPIC" are one value, shown the way most lessons write it.
     * (A lesson listing both spellings would count twice; lessons list a technology once.)
     */
    private Map<Object, Long> mergeTechnologies(Map<Object, Long> asWritten) {
        Map<String, Long> totals = new LinkedHashMap<>();
        Map<String, String> best = new HashMap<>();
        Map<String, Long> bestCount = new HashMap<>();
        for (Map.Entry<Object, Long> entry : asWritten.entrySet()) {
            String written = String.valueOf(entry.getKey());
            String key = normaliseTechnology(written);
            totals.merge(key, entry.getValue(), Long::sum);
            if (entry.getValue() > bestCount.getOrDefault(key, -1L)) {
                best.put(key, written);
                bestCount.put(key, entry.getValue());
            }
        }
        Map<Object, Long> merged = new LinkedHashMap<>();
        totals.forEach((key, total) -> merged.put(best.get(key), total));
        return merged;
    }

    // ---------------------------------------------------------------------------------------------- suggestions

    private List<Suggestion> suggestions(SearchQuery query, QueryText text, boolean hasText) {
        List<Suggestion> suggestions = new ArrayList<>();
        if (hasText) {
            Optional<String> corrected;
            corrected = spelling.correct(reader(), text.text());
            if (corrected.isPresent() && !corrected.get().equalsIgnoreCase(text.text())) {
                SearchQuery instead = query.withText(corrected.get());
                long count = count(instead, QueryText.of(corrected.get(), SearchQuery.MAX_TEXT_LENGTH));
                if (count > 0) {
                    suggestions.add(new Suggestion(Suggestion.Kind.SPELLING, "Search for “" + corrected.get()
                            + "” instead", instead, count));
                }
            }
        }
        if (query.hasFilters()) {
            // First the filters that are enough to drop one at a time, then, if none is, all of them.
            boolean oneIsEnough = false;
            for (Facet facet : Facet.values()) {
                if (facet.selectedIn(query).isEmpty()) {
                    continue;
                }
                SearchQuery without = query.without(facet);
                long count = count(without, text);
                if (count > 0) {
                    oneIsEnough = true;
                    suggestions.add(new Suggestion(Suggestion.Kind.REMOVE_FILTERS, lessons(count)
                            + " without the “" + facet.label() + "” filter", without, count));
                }
            }
            SearchQuery unfiltered = query.withoutFilters();
            long count = oneIsEnough ? 0 : count(unfiltered, text);
            if (count > 0) {
                suggestions.add(new Suggestion(Suggestion.Kind.REMOVE_FILTERS, lessons(count)
                        + " without any filter", unfiltered, count));
            }
        }
        if (hasText) {
            suggestions.add(new Suggestion(Suggestion.Kind.FEWER_WORDS, textQueries.wordCount(text) > 1
                    ? "Try fewer or more general words, such as the type of project or the name of a system"
                    : "Try a more general word, such as the type of project or the name of a system", null, 0));
        }
        return suggestions;
    }

    private static String lessons(long count) {
        return count == 1 ? "1 lesson matches" : String.format(Locale.UK, "%,d lessons match", count);
    }
}
