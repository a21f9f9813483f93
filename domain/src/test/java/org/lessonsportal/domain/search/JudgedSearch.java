package org.lessonsportal.domain.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lessonsportal.domain.taxonomy.Labelled;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.springframework.core.io.ClassPathResource;

/**
 * A search of a relevance set with its graded judgements (exchange id → grade; lessons not listed count 0).
 *
 * @param kind        a keyword search (the search box) or a project description (similar lessons)
 * @param projectType for a description, the type of project the person chose, or {@code null}
 */
record JudgedSearch(String id, Kind kind, String text, ProjectType projectType, Map<String, Integer> grades) {

    enum Kind { KEYWORD, DESCRIPTION }

    /** The searches of a file in the blind set's format: {@code {"searches": [{id, kind, query, projectType, relevant}]}}. */
    static List<JudgedSearch> read(String resource) {
        List<JudgedSearch> searches = new ArrayList<>();
        for (JsonNode search : json(resource).get("searches")) {
            searches.add(new JudgedSearch(search.get("id").asText(),
                    "description".equals(search.get("kind").asText()) ? Kind.DESCRIPTION : Kind.KEYWORD,
                    search.get("query").asText(), projectType(search.get("projectType")),
                    grades(search.get("relevant"))));
        }
        return searches;
    }

    static JsonNode json(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return SearchFixtures.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ProjectType projectType(JsonNode code) {
        return code == null || code.isNull() ? null : Labelled.find(ProjectType.class, code.asText()).orElseThrow();
    }

    static Map<String, Integer> grades(JsonNode relevant) {
        Map<String, Integer> grades = new HashMap<>();
        if (relevant != null) {
            relevant.fields().forEachRemaining(e -> grades.put(e.getKey(), e.getValue().asInt()));
        }
        return grades;
    }

    boolean hasRelevant() {
        return grades.values().stream().anyMatch(g -> g > 0);
    }
}
