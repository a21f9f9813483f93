package org.lessonsportal.portal.api;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.reuse.LessonReuseService;
import org.lessonsportal.domain.search.FacetGroup;
import org.lessonsportal.domain.search.SearchHit;
import org.lessonsportal.domain.search.SearchParameters;
import org.lessonsportal.domain.search.SearchResults;
import org.lessonsportal.domain.search.SearchService;
import org.lessonsportal.domain.search.SimilarLesson;
import org.lessonsportal.domain.shared.DomainException;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Searching published lessons, and "others have done this before", for other NHS systems. */
@RestController
@RequiredArgsConstructor
class SearchApiController {

    private final SearchService search;
    private final LessonReuseService reuses;

    /**
     * Every parameter of the search page's address, read by the same {@link SearchParameters} (so the names, the
     * repeatable filters and the messages for wrong values are the page's), except that pages count from 0 and
     * {@code size} sets the results per page. A wrong value is a 400 problem with the plain message.
     */
    @GetMapping(path = "/api/lessons", produces = MediaType.APPLICATION_JSON_VALUE)
    ApiSearchResults search(@RequestParam MultiValueMap<String, String> parameters) {
        SearchResults results = search.search(SearchParameters.API.decode(parameters));
        Map<String, List<ApiFacetValue>> facets = new LinkedHashMap<>();
        for (FacetGroup group : results.facets()) {
            // keyed by the facet's parameter name, so a value can be sent back as a filter under the same name
            facets.put(group.facet().parameterName(), group.values().stream()
                    .map(v -> new ApiFacetValue(v.code(), v.label(), v.count())).toList());
        }
        Map<Long, Long> reused = reuses.counts(results.items().stream().map(SearchHit::lessonId).toList());
        return new ApiSearchResults(results.total(), results.partialMatch(), results.allWordsCount(),
                results.items().stream().map(h -> ApiLessonItem.of(h, reused.get(h.lessonId()))).toList(), facets);
    }

    @GetMapping(path = "/api/lessons/similar", produces = MediaType.APPLICATION_JSON_VALUE)
    ApiSimilar similar(@RequestParam String text, @RequestParam(defaultValue = "10") int size) {
        if (text.isBlank()) {
            throw new DomainException("Describe the project in 'text' to find similar lessons.");
        }
        List<SimilarLesson> found = search.similar(text, null, null, size).lessons();
        Map<Long, Long> reused = reuses.counts(found.stream().map(SimilarLesson::lessonId).toList());
        return new ApiSimilar(found.stream().map(l -> ApiLessonItem.of(l, reused.get(l.lessonId()))).toList());
    }

    /**
     * @param someWordsOnly  the search widened to lessons that have some of the words (few had all of them)
     * @param allWordsTotal  how many of the lessons found have all, or nearly all, of the words
     */
    record ApiSearchResults(long total, boolean someWordsOnly, long allWordsTotal, List<ApiLessonItem> items,
            Map<String, List<ApiFacetValue>> facets) {
    }

    record ApiSimilar(List<ApiLessonItem> items) {
    }

    record ApiFacetValue(String value, String label, long count) {
    }

    record ApiOrganisation(String odsCode, String name) {
    }

    /**
     * @param missingWords in a widened search, the search's words this lesson does not mention
     * @param reuseCount   how many organisations say they are reusing the lesson
     */
    record ApiLessonItem(Long id, String externalId, String title, String summary, String projectType,
            ApiOrganisation organisation, LocalDate publishedOn, float score, List<String> reasons,
            List<String> missingWords, long reuseCount) {

        static ApiLessonItem of(SearchHit hit, long reuseCount) {
            return new ApiLessonItem(hit.lessonId(), hit.externalId(), hit.title(), hit.summary(),
                    hit.projectType() == null ? null : hit.projectType().code(),
                    new ApiOrganisation(hit.organisationOdsCode(), hit.organisationName()), hit.publishedOn(),
                    hit.score(), List.of(), hit.missingWords(), reuseCount);
        }

        static ApiLessonItem of(SimilarLesson lesson, long reuseCount) {
            return new ApiLessonItem(lesson.lessonId(), lesson.externalId(), lesson.title(), lesson.summary(),
                    lesson.projectType() == null ? null : lesson.projectType().code(),
                    new ApiOrganisation(lesson.contact().organisationOdsCode(), lesson.contact().organisationName()),
                    lesson.publishedOn(), lesson.score(),
                    List.of(lesson.reason().describe(lesson.projectType())), List.of(), reuseCount);
        }
    }
}
