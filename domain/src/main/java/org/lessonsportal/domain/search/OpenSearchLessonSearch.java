package org.lessonsportal.domain.search;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.Query;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.lessonsportal.domain.search.FacetCountCache.Counts;
import org.lessonsportal.domain.taxonomy.Labelled;
import org.lessonsportal.domain.taxonomy.ProjectType;

/**
 * {@link LessonSearch} on OpenSearch: the same queries ({@link TextQueries}, {@link SearchFilters}), sent as JSON
 * ({@link OpenSearchQueries}), and the same steps: the counts and facets ({@link OpenSearchCounts}), the widening to
 * lessons with some of the words, the ranking in two steps (the best candidates by the cheap scoring query, rescored
 * with the full query: OpenSearch's {@code rescore}), ties broken as on Lucene, then the page's lessons with their
 * passages (OpenSearch's fast vector highlighter, sentence boundaries) and, when nothing matches, the suggestions
 * (spelling from a term suggester on the spelling field). Ranking by meaning as on Lucene ({@link OpenSearchMeaning}).
 * Lives for one call.
 */
final class OpenSearchLessonSearch {

    private static final String[] ROW_FIELDS = {IndexFields.SORT_ID, IndexFields.EXTERNAL_ID, IndexFields.TITLE,
        IndexFields.SUMMARY, IndexFields.PROJECT_TYPE, IndexFields.ORGANISATION_ODS, IndexFields.ORGANISATION_NAME,
        IndexFields.PUBLISHED_ON};

    private final OpenSearchRequests requests;
    private final SearchFilters filters;
    private final OpenSearchCounts counts;
    private final SearchSuggestions suggestions;
    private final SpellingSuggester spelling;
    private final TextQueries textQueries;
    private final Reranking reranking;
    private final OpenSearchMeaning meaning;
    /** For a widened search, the lessons that have (nearly) all the words; {@code null} otherwise. */
    private Query allWordsMatch;

    OpenSearchLessonSearch(SearchSession session, LessonAnalyzers analyzers, TextQueries textQueries,
            SpellingSuggester spelling, SentenceEmbeddings embeddings) {
        this.requests = new OpenSearchRequests(session);
        this.filters = new SearchFilters(analyzers);
        this.counts = new OpenSearchCounts(requests, filters);
        this.suggestions = new SearchSuggestions(textQueries);
        this.spelling = spelling;
        this.textQueries = textQueries;
        this.reranking = new Reranking(textQueries);
        this.meaning = new OpenSearchMeaning(session, embeddings);
    }

    SearchResults run(SearchQuery query) {
        QueryText text = QueryText.of(query.text(), SearchQuery.MAX_TEXT_LENGTH);
        Query strict = textQueries.match(text, true);
        boolean hasText = strict != null;
        Counts found = counts.counts(query, TextQueries.matchOnly(strict));
        long allWordsCount = found.total();
        Query full = strict;
        boolean widened = false;
        if (widens(query, text, TextQueries.matchOnly(strict), found.total())) {
            Query some = textQueries.match(text, false);
            Counts relaxed = counts.counts(query, TextQueries.matchOnly(some));
            if (relaxed.total() > found.total()) {
                found = relaxed;
                full = some;
                widened = true;
                allWordsMatch = TextQueries.matchOnly(strict);
            }
        }
        List<SearchHit> hits = List.of();
        int offset = query.page() * query.size();
        if (found.total() > offset) {
            hits = full == null || query.sort() == SearchSort.NEWEST ? newestHits(query, text, full, widened, offset)
                    : rankedHits(query, text, full, widened, offset, found.total());
        }
        List<Suggestion> suggested = found.total() == 0
                ? suggestions.of(words -> spelling.correct(new SpellingWords(requests), words), query, text, hasText,
                        this::count)
                : List.of();
        return new SearchResults(query, found.total(), hits, found.facets(), widened, allWordsCount, suggested);
    }

    /** As {@link LessonSearch}: widen when fewer than {@value LessonSearch#WIDEN_BELOW} have (nearly) all words. */
    private boolean widens(SearchQuery query, QueryText text, Query strict, long filtered) {
        if (strict == null || textQueries.wordCount(text) < 2) {
            return false;
        }
        if (filtered == 0) {
            return true;
        }
        long unfiltered = query.hasFilters() ? requests.count(OpenSearchQueries.of(strict)) : filtered;
        return unfiltered < LessonSearch.WIDEN_BELOW;
    }

    boolean matches(SearchQuery query, Long lessonId) {
        Query strict = textQueries.matchOnly(QueryText.of(query.text(), SearchQuery.MAX_TEXT_LENGTH), true);
        return requests.count(OpenSearchQueries.filtered(null, OpenSearchQueries.of(filters.filtered(strict, query,
                null)), OpenSearchQueries.ids(List.of(lessonId)))) > 0;
    }

    private long count(SearchQuery query, QueryText text) {
        Query strict = textQueries.matchOnly(text, true);
        long total = requests.count(OpenSearchQueries.of(filters.filtered(strict, query, null)));
        if (widens(query, text, strict, total)) {
            total = Math.max(total, requests.count(OpenSearchQueries.of(filters.filtered(
                    textQueries.matchOnly(text, false), query, null))));
        }
        return total;
    }

    /** Newest first (and every search without words): by publication day, latest added first. */
    private List<SearchHit> newestHits(SearchQuery query, QueryText text, Query full, boolean widened,
            int offset) {
        JsonObject matching = OpenSearchQueries.of(filters.filtered(TextQueries.matchOnly(full), query, null));
        JsonObject response = requests.search(OpenSearchQueries.filtered(null, matching), offset + query.size(),
                body -> {
                    JsonArray sort = new JsonArray();
                    sort.add(sort(IndexFields.PUBLISHED_ON));
                    sort.add(sort(IndexFields.SORT_ID));
                    body.add("sort", sort);
                    body.add("_source", OpenSearchRequests.fields(IndexFields.SORT_ID));
                });
        List<Long> ids = new ArrayList<>();
        JsonArray hits = OpenSearchRequests.hits(response);
        for (int i = offset; i < hits.size(); i++) {
            ids.add(source(hits.get(i)).get(IndexFields.SORT_ID).getAsLong());
        }
        return page(ids, new float[ids.size()], text, full != null, widened);
    }

    /**
     * Best match first, as {@link LessonSearch}: the best candidates among the matching lessons by the flat scoring
     * query (every matching lesson when they fit in the window), rescored with the full query alone.
     */
    private List<SearchHit> rankedHits(SearchQuery query, QueryText text, Query full, boolean widened, int offset,
            long total) {
        OpenSearchMeaning.Pending byMeaning = meaning.of(text);
        int window = LessonSearch.candidateWindow(offset + query.size());
        JsonObject matching = OpenSearchQueries.of(filters.filtered(TextQueries.matchOnly(full), query, null));
        Query scoring = textQueries.candidateScoring(text, full);
        JsonObject candidates = OpenSearchQueries.filtered(scoring == null || total <= window ? null
                : OpenSearchQueries.of(scoring), matching);
        JsonObject rescore = new JsonObject();
        rescore.add("rescore_query", OpenSearchQueries.of(full));
        rescore.addProperty("query_weight", 0);
        rescore.addProperty("rescore_query_weight", 1);
        JsonObject rescorer = new JsonObject();
        rescorer.addProperty("window_size", window);
        rescorer.add("query", rescore);
        JsonArray hits = OpenSearchRequests.hits(requests.search(candidates, window, body -> {
            body.add("rescore", rescorer);
            body.add("_source", OpenSearchRequests.fields(IndexFields.SORT_ID, IndexFields.PUBLISHED_ON));
        }));
        // Candidates are numbered by their place in this list.
        List<Long> ids = new ArrayList<>();
        List<Candidates.Ranked> ranked = new ArrayList<>();
        for (JsonElement hit : hits) {
            JsonObject source = source(hit);
            long id = source.get(IndexFields.SORT_ID).getAsLong();
            long published = source.has(IndexFields.PUBLISHED_ON) && !source.get(IndexFields.PUBLISHED_ON).isJsonNull()
                    ? LocalDate.parse(source.get(IndexFields.PUBLISHED_ON).getAsString()).toEpochDay()
                    : Long.MIN_VALUE;
            ranked.add(new Candidates.Ranked(ids.size(), hit.getAsJsonObject().get("_score").getAsFloat(), published,
                    id));
            ids.add(id);
        }
        ranked.sort(Candidates.BEST_FIRST);
        try {
            if (widened) {
                ranked = reranking.byShareOfWords(wordsIn(ids), ranked,
                        java.util.stream.IntStream.range(0, ids.size()).toArray(), text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ranked = byMeaning.rerank(ranked, ids);
        if (offset >= ranked.size()) {
            return List.of();
        }
        List<Candidates.Ranked> page = ranked.subList(offset, Math.min(ranked.size(), offset + query.size()));
        float[] scores = new float[page.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = page.get(i).score();
        }
        return page(page.stream().map(Candidates.Ranked::lessonId).toList(), scores, text, true, widened);
    }

    /** The page's lessons, as shown, with their passages and, for a widened search, the words each lacks. */
    private List<SearchHit> page(List<Long> ids, float[] scores, QueryText text, boolean highlight,
            boolean widened) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Query body = highlight ? textQueries.bodyQuery(text) : null;
        JsonObject response = requests.search(OpenSearchQueries.ids(ids), ids.size(), request -> {
            request.add("_source", OpenSearchRequests.fields(ROW_FIELDS));
            if (body != null) {
                request.add("highlight", OpenSearchPassages.request(OpenSearchQueries.of(body)));
            }
        });
        Map<Long, JsonObject> byId = new HashMap<>();
        for (JsonElement hit : OpenSearchRequests.hits(response)) {
            byId.put(hit.getAsJsonObject().get("_id").getAsLong(), hit.getAsJsonObject());
        }
        Map<Integer, List<String>> missing = Map.of();
        if (widened) {
            try {
                // The page's lessons numbered by their place on the page.
                missing = reranking.missingWords(wordsIn(ids),
                        java.util.stream.IntStream.range(0, ids.size()).boxed().toList(), text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            JsonObject hit = byId.get(ids.get(i));
            if (hit == null) {
                continue;
            }
            JsonObject s = hit.getAsJsonObject("_source");
            hits.add(new SearchHit(ids.get(i), text(s, IndexFields.EXTERNAL_ID), text(s, IndexFields.TITLE),
                    text(s, IndexFields.SUMMARY),
                    Labelled.find(ProjectType.class, text(s, IndexFields.PROJECT_TYPE)).orElse(null),
                    text(s, IndexFields.ORGANISATION_ODS), text(s, IndexFields.ORGANISATION_NAME),
                    s.has(IndexFields.PUBLISHED_ON) ? LocalDate.parse(text(s, IndexFields.PUBLISHED_ON)) : null,
                    scores[i], OpenSearchPassages.of(hit), missing.getOrDefault(i, List.of())));
        }
        return hits;
    }

    /** Which of the words each candidate (numbered by its place in {@code ids}) has, as {@link Reranking} asks. */
    private Reranking.WordsIn wordsIn(List<Long> ids) {
        return (docs, words) -> {
            Map<Long, Integer> place = new HashMap<>();
            List<Long> among = new ArrayList<>();
            for (int doc : docs) {
                place.put(ids.get(doc), doc);
                among.add(ids.get(doc));
            }
            JsonObject candidates = OpenSearchQueries.ids(among);
            Map<Integer, Set<String>> present = new HashMap<>();
            if (allWordsMatch != null) {
                for (long id : requests.ids(OpenSearchQueries.filtered(null, OpenSearchQueries.of(allWordsMatch),
                        candidates), among.size())) {
                    present.put(place.get(id), new HashSet<>(words));
                }
            }
            for (String word : words) {
                Query inWord = textQueries.matchOnly(QueryText.of(word, SearchQuery.MAX_TEXT_LENGTH), true);
                if (inWord == null) {
                    continue;
                }
                for (long id : requests.ids(OpenSearchQueries.filtered(null, OpenSearchQueries.of(inWord),
                        candidates), among.size())) {
                    present.computeIfAbsent(place.get(id), d -> new HashSet<>()).add(word);
                }
            }
            return present;
        };
    }

    private static JsonObject sort(String field) {
        JsonObject order = new JsonObject();
        order.addProperty("order", "desc");
        order.addProperty("missing", "_last");
        JsonObject sort = new JsonObject();
        sort.add(field, order);
        return sort;
    }

    private static JsonObject source(JsonElement hit) {
        return hit.getAsJsonObject().getAsJsonObject("_source");
    }

    private static String text(JsonObject source, String field) {
        JsonElement value = source.get(field);
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }
}
