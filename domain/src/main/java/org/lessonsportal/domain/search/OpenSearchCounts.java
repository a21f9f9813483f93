package org.lessonsportal.domain.search;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.Query;
import org.lessonsportal.domain.search.FacetCountCache.Counts;

/**
 * A search's counts on OpenSearch: how many lessons match and, as terms aggregations in the same request, the facet
 * counts, from the same fields {@link FacetCounter} reads on Lucene. A facet in use is counted without its own filter
 * (a request of its own), so people can add another value of it. Not cached: OpenSearch caches requests itself.
 */
final class OpenSearchCounts {

    /** More values than any facet has (the page shows the first {@code 30}). */
    private static final int VALUES = 10_000;

    private final OpenSearchRequests requests;
    private final SearchFilters filters;
    private final FacetGroups facetGroups;

    OpenSearchCounts(OpenSearchRequests requests, SearchFilters filters) {
        this.requests = requests;
        this.filters = filters;
        this.facetGroups = new FacetGroups(filters);
    }

    /** @param match the words' matching query; {@code null} for every lesson */
    Counts counts(SearchQuery query, Query match) {
        Set<Facet> unselected = EnumSet.noneOf(Facet.class);
        for (Facet facet : Facet.values()) {
            if (facet.selectedIn(query).isEmpty()) {
                unselected.add(facet);
            }
        }
        Map<Facet, Map<Object, Long>> counts = new EnumMap<>(Facet.class);
        JsonObject response = count(filters.filtered(match, query, null), unselected, counts);
        for (Facet facet : Facet.values()) {
            if (!unselected.contains(facet)) {
                count(filters.filtered(match, query, facet), EnumSet.of(facet), counts);
            }
        }
        return new Counts(OpenSearchRequests.total(response), facetGroups.of(query, counts));
    }

    private JsonObject count(Query filtered, Set<Facet> facets, Map<Facet, Map<Object, Long>> counts) {
        JsonObject response = requests.search(OpenSearchQueries.filtered(null, OpenSearchQueries.of(filtered)), 0,
                body -> {
                    body.addProperty("track_total_hits", true);
                    JsonObject aggregations = new JsonObject();
                    for (Facet facet : facets) {
                        JsonObject terms = new JsonObject();
                        terms.addProperty("field", FacetCounter.field(facet));
                        terms.addProperty("size", VALUES);
                        JsonObject aggregation = new JsonObject();
                        aggregation.add("terms", terms);
                        aggregations.add(facet.name(), aggregation);
                    }
                    body.add("aggs", aggregations);
                });
        JsonObject aggregations = response.getAsJsonObject("aggregations");
        for (Facet facet : facets) {
            Map<Object, Long> values = new LinkedHashMap<>();
            for (JsonElement bucket : aggregations.getAsJsonObject(facet.name()).getAsJsonArray("buckets")) {
                JsonPrimitive key = bucket.getAsJsonObject().getAsJsonPrimitive("key");
                values.put(key.isNumber() ? String.valueOf(key.getAsLong()) : key.getAsString(),
                        bucket.getAsJsonObject().get("doc_count").getAsLong());
            }
            counts.put(facet, values);
        }
        return response;
    }
}
