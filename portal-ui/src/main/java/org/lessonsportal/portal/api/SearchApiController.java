package org.lessonsportal.portal.api;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lessonsportal.domain.search.FacetGroup;
import org.lessonsportal.domain.search.SearchHit;
import org.lessonsportal.domain.search.SearchQuery;
import org.lessonsportal.domain.search.SearchResults;
import org.lessonsportal.domain.search.SearchService;
import org.lessonsportal.domain.search.SearchSort;
import org.lessonsportal.domain.search.SimilarLesson;
import org.lessonsportal.domain.shared.DomainException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Searching published lessons, and "others have done this before", for other NHS systems. */
@RestController
class SearchApiController {

    private final SearchService search;

    SearchApiController(SearchService search) {
        this.search = search;
    }

    @GetMapping(path = "/api/lessons", produces = MediaType.APPLICATION_JSON_VALUE)
    ApiSearchResults search(@RequestParam(name = "q", required = false) String text,
            @RequestParam(required = false) List<String> projectType,
            @RequestParam(required = false) List<String> setting,
            @RequestParam(required = false) List<String> region,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        SearchQuery query = SearchQuery.builder().text(text)
                .projectTypes(projectType == null ? List.of() : projectType)
                .settings(setting == null ? List.of() : setting)
                .regions(region == null ? List.of() : region)
                .sort(sort(sort)).page(page).size(size).build();
        SearchResults results = search.search(query);
        Map<String, List<ApiFacetValue>> facets = new LinkedHashMap<>();
        for (FacetGroup group : results.facets()) {
            facets.put(facetKey(group), group.values().stream()
                    .map(v -> new ApiFacetValue(v.code(), v.label(), v.count())).toList());
        }
        return new ApiSearchResults(results.total(), results.items().stream().map(ApiLessonItem::of).toList(), facets);
    }

    @GetMapping(path = "/api/lessons/similar", produces = MediaType.APPLICATION_JSON_VALUE)
    ApiSimilar similar(@RequestParam String text, @RequestParam(defaultValue = "10") int size) {
        if (text.isBlank()) {
            throw new DomainException("Describe the project in 'text' to find similar lessons.");
        }
        return new ApiSimilar(search.similar(text, null, null, size).lessons().stream().map(ApiLessonItem::of)
                .toList());
    }

    private static SearchSort sort(String sort) {
        if (sort == null || sort.isBlank() || sort.equalsIgnoreCase("relevance")) {
            return SearchSort.RELEVANCE;
        }
        if (sort.equalsIgnoreCase("newest")) {
            return SearchSort.NEWEST;
        }
        throw new DomainException("'sort' must be relevance or newest.");
    }

    /** projectType, setting, region, organisation, challengeType, technology, yearCompleted. */
    private static String facetKey(FacetGroup group) {
        String[] words = group.facet().name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder key = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return key.toString();
    }

    record ApiSearchResults(long total, List<ApiLessonItem> items, Map<String, List<ApiFacetValue>> facets) {
    }

    record ApiSimilar(List<ApiLessonItem> items) {
    }

    record ApiFacetValue(String value, String label, long count) {
    }

    record ApiOrganisation(String odsCode, String name) {
    }

    record ApiLessonItem(Long id, String externalId, String title, String summary, String projectType,
            ApiOrganisation organisation, LocalDate publishedOn, float score, List<String> reasons) {

        static ApiLessonItem of(SearchHit hit) {
            return new ApiLessonItem(hit.lessonId(), hit.externalId(), hit.title(), hit.summary(),
                    hit.projectType() == null ? null : hit.projectType().code(),
                    new ApiOrganisation(hit.organisationOdsCode(), hit.organisationName()), hit.publishedOn(),
                    hit.score(), List.of());
        }

        static ApiLessonItem of(SimilarLesson lesson) {
            return new ApiLessonItem(lesson.lessonId(), lesson.externalId(), lesson.title(), lesson.summary(),
                    lesson.projectType() == null ? null : lesson.projectType().code(),
                    new ApiOrganisation(lesson.contact().organisationOdsCode(), lesson.contact().organisationName()),
                    lesson.publishedOn(), lesson.score(),
                    List.of(lesson.reason().describe(lesson.projectType())));
        }
    }
}
