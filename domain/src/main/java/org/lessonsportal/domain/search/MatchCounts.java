package org.lessonsportal.domain.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.FixedBitSet;
import org.lessonsportal.domain.search.FacetCountCache.Counts;

/**
 * A search's counts: how many lessons match and the facet counts, from the cache while the index and the vocabulary
 * are unchanged. The pass that counts also notes the matching lessons, so the ranking can choose the best of them
 * without matching again. Lives for one search.
 */
final class MatchCounts {

    private final IndexView index;
    private final SearchFilters filters;
    private final FacetGroups facetGroups;
    private final TextQueries textQueries;
    private final FacetCountCache cache;
    private List<Object> indexVersion;
    /** The matching query last counted in full, and the lessons it matched (with the filters). */
    private Query countedMatch;
    private FixedBitSet countedDocs;

    MatchCounts(IndexView index, SearchFilters filters, TextQueries textQueries, FacetCountCache cache) {
        this.index = index;
        this.filters = filters;
        this.facetGroups = new FacetGroups(filters);
        this.textQueries = textQueries;
        this.cache = cache;
    }

    /**
     * How many lessons match and the facet counts: a query that scores nothing and collects no page, on the matching
     * clauses only. A facet in use is counted without its own filter (a second, aggregation-only query), so people
     * can add another value of it.
     *
     * @param match the words' matching query; {@code null} for every lesson
     */
    Counts counts(SearchQuery query, Query match) {
        if (!cache.enabled()) {
            return count(query, match);
        }
        if (indexVersion == null) {
            indexVersion = index.version(textQueries);
        }
        String key = (match == null ? "*" : match.toString()) + "|" + SearchFilters.key(query);
        Counts cached = cache.get(indexVersion, key);
        if (cached != null) {
            return cached;
        }
        Counts counts = count(query, match);
        cache.put(indexVersion, key, counts);
        return counts;
    }

    /** The lessons the matching query finds with the search's filters: noted when counted, else matched now. */
    FixedBitSet matching(SearchQuery query, Query match) throws IOException {
        if (countedDocs != null && match.equals(countedMatch)) {
            return countedDocs;
        }
        FixedBitSet matching = new FixedBitSet(Math.max(1, index.reader().maxDoc()));
        FacetCounter.count(index.searcher(), filters.filtered(match, query, null), EnumSet.noneOf(Facet.class),
                matching);
        return matching;
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
            IndexSearcher searcher = index.searcher();
            // The same pass notes the matching lessons, for choosing the best of them without matching again.
            FixedBitSet docs = new FixedBitSet(Math.max(1, index.reader().maxDoc()));
            FacetCounter.Result result = FacetCounter.count(searcher, filters.filtered(match, query, null),
                    unselected, docs);
            countedMatch = match == null ? new MatchAllDocsQuery() : match;
            countedDocs = docs;
            result.counts().forEach((facet, values) -> counts.put(facet, new LinkedHashMap<>(values)));
            for (Facet facet : Facet.values()) {
                if (!unselected.contains(facet)) {
                    // A facet in use is counted without its own filter, so people can add another value.
                    FacetCounter.Result alone = FacetCounter.count(searcher, filters.filtered(match, query, facet),
                            EnumSet.of(facet));
                    counts.put(facet, new LinkedHashMap<>(alone.counts().get(facet)));
                }
            }
            return new Counts(result.total(), facetGroups.of(query, counts));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
