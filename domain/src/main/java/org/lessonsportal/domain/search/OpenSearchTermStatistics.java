package org.lessonsportal.domain.search;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * {@link KeyTerms}' statistics on OpenSearch: the number of lessons (the hit count of every lesson), and each term's
 * document frequency in the {@code all} field from OpenSearch's term vectors of an artificial document whose
 * {@code all} holds the terms themselves, each kept whole (the {@code keyword} analyzer), with term statistics. That
 * is a look-up of each term in the index's dictionary, as {@code IndexReader.docFreq} is on Lucene, and like it
 * counts replaced lessons not yet merged away (hence {@link KeyTerms}' cap at the number of lessons). The statistics
 * are those of the shard the artificial document is routed to: the portal's index has one shard.
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
    public Map<String, Integer> docFreqs(Collection<String> terms) throws IOException {
        if (terms.isEmpty()) {
            return Map.of();
        }
        JsonArray values = new JsonArray();
        terms.forEach(values::add);
        JsonObject doc = new JsonObject();
        doc.add(IndexFields.ALL, values);
        JsonObject analyzer = new JsonObject();
        analyzer.addProperty(IndexFields.ALL, "keyword");
        JsonObject body = new JsonObject();
        body.add("doc", doc);
        body.add("fields", OpenSearchRequests.fields(IndexFields.ALL));
        body.add("per_field_analyzer", analyzer);
        body.addProperty("term_statistics", true);
        body.addProperty("field_statistics", false);
        body.addProperty("positions", false);
        body.addProperty("offsets", false);
        body.addProperty("payloads", false);
        JsonObject response = requests.post("_termvectors", body);
        Map<String, Integer> docFreqs = new HashMap<>();
        JsonObject vectors = response.getAsJsonObject("term_vectors");
        JsonObject all = vectors == null ? null : vectors.getAsJsonObject(IndexFields.ALL);
        if (all == null) {
            return docFreqs; // none of the terms is in any lesson
        }
        for (Map.Entry<String, JsonElement> term : all.getAsJsonObject("terms").entrySet()) {
            JsonElement docFreq = term.getValue().getAsJsonObject().get("doc_freq");
            docFreqs.put(term.getKey(), docFreq == null ? 0 : Math.max(0, docFreq.getAsInt()));
        }
        return docFreqs;
    }
}
