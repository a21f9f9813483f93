package org.lessonsportal.domain.search;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link BodyPassages} on OpenSearch: the best passages of the body, asked for with the page's request (OpenSearch's
 * fast vector highlighter on the body's term vectors, the search's body query, sentence boundaries, the same length
 * and number of passages and the same private-use marks), read into {@link Passage}s by {@link Highlights}.
 */
final class OpenSearchPassages {

    private OpenSearchPassages() {
    }

    /** The request's {@code highlight} part for the search's query over the body. */
    static JsonObject request(JsonObject bodyQuery) {
        JsonObject body = new JsonObject();
        body.addProperty("type", "fvh");
        body.add("highlight_query", bodyQuery);
        body.addProperty("fragment_size", BodyPassages.PASSAGE_LENGTH);
        body.addProperty("number_of_fragments", BodyPassages.PASSAGES);
        body.addProperty("order", "score");
        body.addProperty("boundary_scanner", "sentence");
        body.addProperty("boundary_scanner_locale", "en-GB");
        JsonObject fields = new JsonObject();
        fields.add(IndexFields.BODY, body);
        JsonObject highlight = new JsonObject();
        highlight.add("fields", fields);
        highlight.add("pre_tags", OpenSearchRequests.fields(Highlights.START));
        highlight.add("post_tags", OpenSearchRequests.fields(Highlights.END));
        highlight.addProperty("encoder", "default");
        return highlight;
    }

    /** The passages of one hit of a request made with {@link #request}. */
    static List<Passage> of(JsonObject hit) {
        JsonObject highlight = hit.getAsJsonObject("highlight");
        JsonArray marked = highlight == null ? null : highlight.getAsJsonArray(IndexFields.BODY);
        if (marked == null) {
            return List.of();
        }
        List<Passage> passages = new ArrayList<>();
        for (JsonElement passage : marked) {
            passages.add(Highlights.passage(IndexFields.BODY, passage.getAsString()));
        }
        return passages;
    }
}
