package org.lessonsportal.domain.search;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;

/**
 * {@link KeyTerms}' statistics on OpenSearch, in one request: the number of lessons (the hit count of every lesson)
 * and each term's document frequency in the {@code all} field (a {@code filters} aggregation, one filter per term).
 * Unlike Lucene's, these frequencies do not count replaced lessons not yet merged away.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class OpenSearchTermStatistics implements KeyTerms.Statistics {

    private final OpenSearchRequests requests;
    private int documents = -1;

    @Override
    public int documents() {
        if (documents < 0) {
            documents = (int) requests.count(OpenSearchQueries.of(new org.apache.lucene.search.MatchAllDocsQuery()));
        }
        return documents;
    }

    @Override
    public Map<String, Integer> docFreqs(Collection<String> terms) {
        if (terms.isEmpty()) {
            return Map.of();
        }
        List<String> ordered = new ArrayList<>(terms);
        JsonObject filters = new JsonObject();
        for (int i = 0; i < ordered.size(); i++) {
            filters.add("t" + i, OpenSearchQueries.of(new TermQuery(new Term(IndexFields.ALL, ordered.get(i)))));
        }
        JsonObject response = requests.search(OpenSearchQueries.of(new org.apache.lucene.search.MatchAllDocsQuery()),
                0, body -> {
                    body.addProperty("track_total_hits", true);
                    JsonObject byTerm = new JsonObject();
                    byTerm.add("filters", filters);
                    JsonObject aggregation = new JsonObject();
                    aggregation.add("filters", byTerm);
                    JsonObject aggregations = new JsonObject();
                    aggregations.add("terms", aggregation);
                    body.add("aggs", aggregations);
                });
        JsonObject buckets = response.getAsJsonObject("aggregations").getAsJsonObject("terms")
                .getAsJsonObject("buckets");
        Map<String, Integer> docFreqs = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            docFreqs.put(ordered.get(i), buckets.getAsJsonObject("t" + i).get("doc_count").getAsInt());
        }
        return docFreqs;
    }
}
