package org.lessonsportal.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.search.Facet;
import org.lessonsportal.domain.search.SearchParameters;

/** The published description of the search lists every parameter the search reads, by the same names. */
class OpenApiDescriptionTest {

    @Test
    void theSearchDescribesEveryParameterItReads() throws Exception {
        JsonNode description;
        try (InputStream in = getClass().getResourceAsStream("/api/openapi.json")) {
            description = new ObjectMapper().readTree(in);
        }
        List<String> described = new ArrayList<>();
        for (JsonNode parameter : description.at("/paths/~1api~1lessons/get/parameters")) {
            described.add(parameter.get("name").asText());
        }
        List<String> read = new ArrayList<>(SearchParameters.searchNames());
        read.addAll(List.of(SearchParameters.SORT, SearchParameters.PAGE, SearchParameters.SIZE));
        assertThat(described).containsExactlyElementsOf(read);

        List<String> facetKeys = new ArrayList<>();
        description.at("/components/schemas/SearchResults/properties/facets/propertyNames/enum")
                .forEach(key -> facetKeys.add(key.asText()));
        assertThat(facetKeys).containsExactly(java.util.Arrays.stream(Facet.values()).map(Facet::parameterName)
                .toArray(String[]::new));
    }
}
