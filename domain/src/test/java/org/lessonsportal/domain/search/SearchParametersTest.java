package org.lessonsportal.domain.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.shared.DomainException;

class SearchParametersTest {

    private static final SearchParameters ADDRESS = SearchParameters.forAddresses(10);

    /** Two values in every facet, so "several values" and "every facet" are both tried. */
    private static SearchQuery everything(int size) {
        return SearchQuery.builder().text("EPR go-live & A&E \"shared record\"")
                .projectTypes("fax-removal", "e-prescribing").settings("acute", "community")
                .regions("london", "midlands").organisations("RJ1", "ZZ2")
                .challengeTypes("training-adoption", "data-migration").technologies("NHSmail", "SystmOne")
                .yearsCompleted(2024, 2023).sort(SearchSort.NEWEST).page(2).size(size).build();
    }

    @Test
    void everyFacetWithSeveralValuesSurvivesTheRoundTrip() {
        SearchQuery query = everything(10);

        Map<String, List<String>> parameters = ADDRESS.encode(query);

        assertThat(parameters).containsExactly(
                Map.entry("q", List.of("EPR go-live & A&E \"shared record\"")),
                Map.entry("projectType", List.of("e-prescribing", "fax-removal")),
                Map.entry("setting", List.of("acute", "community")),
                Map.entry("region", List.of("london", "midlands")),
                Map.entry("organisation", List.of("RJ1", "ZZ2")),
                Map.entry("challengeType", List.of("data-migration", "training-adoption")),
                Map.entry("technology", List.of("NHSmail", "SystmOne")),
                Map.entry("year", List.of("2023", "2024")),
                Map.entry("sort", List.of("newest")),
                Map.entry("page", List.of("3")));
        assertThat(ADDRESS.decode(parameters)).isEqualTo(query);
        for (Facet facet : Facet.values()) {
            assertThat(parameters).as(facet.name()).containsKey(facet.parameterName());
        }
    }

    @Test
    void theApiCountsPagesFromZeroAndCarriesTheSize() {
        SearchQuery query = everything(50);

        Map<String, List<String>> parameters = SearchParameters.API.encode(query);

        assertThat(parameters).containsEntry("page", List.of("2")).containsEntry("size", List.of("50"));
        assertThat(SearchParameters.API.decode(parameters)).isEqualTo(query);
        assertThat(SearchParameters.API.encode(SearchQuery.of("fax"))).containsOnlyKeys("q");
        assertThat(SearchParameters.API.decode(Map.of()).size()).isEqualTo(SearchQuery.DEFAULT_SIZE);
    }

    @Test
    void anEmptySearchHasNoParametersAndNoParametersIsTheEmptySearch() {
        SearchQuery empty = SearchQuery.builder().size(10).build();
        assertThat(ADDRESS.encode(empty)).isEmpty();
        assertThat(ADDRESS.decode(Map.of())).isEqualTo(empty);
        assertThat(ADDRESS.decode(null)).isEqualTo(empty);
    }

    @Test
    void unknownNamesAndBlankValuesAreIgnored() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put("colour", List.of("blue"));
        parameters.put("yearCompleted", List.of("not even a year"));
        parameters.put("setting", java.util.Arrays.asList(" ", null, " acute ", "acute"));
        parameters.put("sort", List.of("NEWEST"));
        parameters.put("page", List.of(""));

        SearchQuery query = ADDRESS.decode(parameters);

        assertThat(query).isEqualTo(SearchQuery.builder().settings("acute").sort(SearchSort.NEWEST).size(10).build());
    }

    @Test
    void theWordsGoThroughTheSearchsOwnCleaner() {
        String typed = "  fax\u0000 \u202Eremoval\u200B  " + "y".repeat(500);

        SearchQuery query = ADDRESS.decode(Map.of("q", List.of(typed)));

        assertThat(query.text()).isEqualTo(SearchQuery.cleanText(typed, SearchQuery.MAX_TEXT_LENGTH))
                .startsWith("fax removal").hasSizeLessThanOrEqualTo(SearchQuery.MAX_TEXT_LENGTH);
        assertThat(ADDRESS.encode(SearchQuery.builder().text(typed).build()).get("q"))
                .containsExactly(query.text());
    }

    @Test
    void wrongValuesAreExplainedPlainly() {
        assertRefused(ADDRESS, "projectType", "no-such-type", "There is no type of project \"no-such-type\".");
        assertRefused(ADDRESS, "challengeType", "gremlins", "There is no type of challenge \"gremlins\".");
        assertRefused(ADDRESS, "year", "last year",
                "\"last year\" is not a year. Give the year a project was completed in full, such as 2023.");
        assertRefused(ADDRESS, "year", "24",
                "\"24\" is not a year. Give the year a project was completed in full, such as 2023.");
        assertRefused(ADDRESS, "page", "two", "The page number must be a whole number, such as 2, not \"two\".");
        assertRefused(ADDRESS, "page", "0", "Pages are numbered from 1.");
        assertRefused(ADDRESS, "page", "-4", "Pages are numbered from 1.");
        assertRefused(ADDRESS, "page", "99999999999999999999", "Only the first 10,000 results can be shown. "
                + "Add words or filters to narrow the search.");
        assertRefused(ADDRESS, "sort", "sideways", "Results can be sorted by relevance or newest, not by "
                + "\"sideways\".");
        assertRefused(SearchParameters.API, "page", "-1", "The page number cannot be negative.");
        assertRefused(SearchParameters.API, "size", "abc",
                "The number of results per page must be a whole number, such as 20, not \"abc\".");
        assertRefused(SearchParameters.API, "size", "0", "Show between 1 and 100 results per page.");
        assertRefused(SearchParameters.API, "size", "123456789012", "Show between 1 and 100 results per page.");
    }

    @Test
    void aLongWrongValueIsShortenedInTheMessage() {
        assertThatThrownBy(() -> ADDRESS.decode(Map.of("year", List.of("z".repeat(5_000)))))
                .isInstanceOf(DomainException.class)
                .hasMessageStartingWith("\"" + "z".repeat(40) + "…\" is not a year.");
    }

    @Test
    void theSizeIsNotPartOfAnAddress() {
        assertThat(ADDRESS.decode(Map.of("size", List.of("100"))).size()).isEqualTo(10);
        assertThat(ADDRESS.encode(SearchQuery.builder().size(50).build())).isEmpty();
    }

    @Test
    void theFiltersAloneAreNamedAndOrderedAsInAnAddress() {
        SearchQuery query = everything(10);
        Map<String, List<String>> all = ADDRESS.encode(query);
        Map<String, List<String>> filters = SearchParameters.filters(query);
        assertThat(filters.keySet()).containsExactly("projectType", "setting", "region", "organisation",
                "challengeType", "technology", "year");
        filters.forEach((name, values) -> assertThat(all.get(name)).isEqualTo(values));
        assertThat(SearchParameters.searchNames()).containsExactly("q", "projectType", "setting", "region",
                "organisation", "challengeType", "technology", "year");
    }

    private static void assertRefused(SearchParameters codec, String name, String value, String message) {
        assertThatThrownBy(() -> codec.decode(Map.of(name, List.of(value)))).as(name + "=" + value)
                .isInstanceOf(DomainException.class).hasMessage(message);
    }
}
