package org.lessonsportal.domain.search;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.elasticsearch.index.ElasticsearchIndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.lessonsportal.domain.lesson.Lesson;

/**
 * Search requests to the lessons' index on OpenSearch, sent through Hibernate Search (its client, its index names):
 * the query as JSON ({@link OpenSearchQueries}), anything else the request needs (aggregations, rescoring,
 * highlighting, suggestions, the fields returned) added to its body, and the response read as JSON. A request that is
 * not a search (term vectors) goes through the same client to the index's read alias.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class OpenSearchRequests {

    private final SearchSession session;

    /**
     * The response to a search for the first {@code size} hits of the query.
     *
     * @param body adds to the request's body what the query alone does not say
     */
    JsonObject search(JsonObject query, int size, Consumer<JsonObject> body) {
        return session.search(Lesson.class).extension(ElasticsearchExtension.get())
                .select(f -> f.jsonHit())
                .where(f -> f.fromJson(query))
                .requestTransformer(context -> body.accept(context.body()))
                .fetch(size)
                .responseBody();
    }

    /**
     * The response to a request of another kind than a search to the lessons' index (its read alias), such as
     * {@code _termvectors}, sent through Hibernate Search's client.
     */
    JsonObject post(String endpoint, JsonObject body) throws IOException {
        SearchMapping mapping = Search.mapping(session.toEntityManager().getEntityManagerFactory());
        RestClient client = mapping.backend().unwrap(ElasticsearchBackend.class).client(RestClient.class);
        String index = mapping.indexedEntity(Lesson.class).indexManager().unwrap(ElasticsearchIndexManager.class)
                .descriptor().readName();
        Request request = new Request("POST", "/" + index + "/" + endpoint);
        request.setJsonEntity(body.toString());
        try (Reader response = new InputStreamReader(client.performRequest(request).getEntity().getContent(),
                StandardCharsets.UTF_8)) {
            return JsonParser.parseReader(response).getAsJsonObject();
        }
    }

    /** How many lessons the query matches. */
    long count(JsonObject query) {
        return total(search(query, 0, body -> body.addProperty("track_total_hits", true)));
    }

    /** The ids of the lessons (at most {@code size}) the query matches. */
    List<Long> ids(JsonObject query, int size) {
        List<Long> ids = new ArrayList<>();
        for (JsonElement hit : hits(search(query, size, body -> body.addProperty("_source", false)))) {
            ids.add(Long.valueOf(hit.getAsJsonObject().get("_id").getAsString()));
        }
        return ids;
    }

    static long total(JsonObject response) {
        return response.getAsJsonObject("hits").getAsJsonObject("total").get("value").getAsLong();
    }

    static JsonArray hits(JsonObject response) {
        return response.getAsJsonObject("hits").getAsJsonArray("hits");
    }

    /** Only these fields of each hit's source. */
    static JsonArray fields(String... names) {
        JsonArray fields = new JsonArray();
        for (String name : names) {
            fields.add(name);
        }
        return fields;
    }
}
