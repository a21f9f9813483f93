package org.lessonsportal.domain.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.shared.DomainException;

/** Any text is safe, paging and sorting hold, matches are highlighted, and an empty result says what to try. */
@SearchIntegrationTest
class SearchQueryHandlingIntegrationTest extends SearchTestCase {

    String ods;
    String marker;

    @BeforeEach
    void sevenLessons() {
        ods = SearchFixtures.ods();
        marker = SearchFixtures.marker();
        List<ObjectNode> lessons = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            ObjectNode lesson = SearchFixtures.lesson(ods, "Paging Trust", i % 2 == 0 ? "imaging" : "paperless",
                    "Lesson " + i + " about " + (i == 5 ? marker + " scanning" : "scanning"),
                    "Summary " + i + ": what we learned about scanning.",
                    "Context " + i + ". Our clinics used " + marker + " to track <script>alert(1)</script> notes.");
            lesson.put("publishedOn", "2024-01-0" + i);
            lessons.add(lesson);
        }
        SearchFixtures.importLessons(exchange, lessons);
    }

    private SearchQuery.Builder ours() {
        return SearchQuery.builder().organisations(ods);
    }

    @Test
    void anyTextIsSafe() {
        List<String> texts = List.of("", "   ", "title:(", "\"", "AND", "NOT OR", "fax~2^3 [a TO z] {x} \\ / * ?",
                "x".repeat(10_000), "EHR ePMA A&E GP PACS ".repeat(500), "😀🏥💊", "مرحبا " + marker,
                "fax\u200Bremoval", "\u202E" + marker + "\u202C", "\u0000\u0001\u0002", "\uD800", "-" + marker,
                "<script>alert(1)</script>", "'; drop table lesson; --", "ｆａｘ");
        for (String text : texts) {
            SearchResults results = search.search(ours().text(text).build());
            assertThat(results).as(text.length() > 40 ? text.substring(0, 40) : text).isNotNull();
        }
        assertThat(search.search(ours().text("").build()).total()).as("no words: every lesson").isEqualTo(7);
        assertThat(search.search(ours().text("\u202E" + marker + "\u202C").build()).total())
                .as("direction marks are ignored").isEqualTo(7);
        assertThat(search.search(ours().text("x".repeat(10_000) + " " + marker).build()).total())
                .as("the text is cut to a sane length").isZero();
    }

    @Test
    void wrongParametersAreRefusedPlainly() {
        assertThatThrownBy(() -> search.search(ours().page(-1).build())).isInstanceOf(DomainException.class)
                .hasMessage("The page number cannot be negative.");
        assertThatThrownBy(() -> search.search(ours().size(0).build())).isInstanceOf(DomainException.class)
                .hasMessage("Show between 1 and 100 results per page.");
        assertThatThrownBy(() -> search.search(ours().size(101).build())).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> search.search(ours().page(500).size(20).build()))
                .isInstanceOf(DomainException.class).hasMessageContaining("Only the first 10,000 results");
        assertThatThrownBy(() -> search.search(null)).isInstanceOf(DomainException.class);
    }

    @Test
    void pagesDoNotOverlapAndCoverEveryResult() {
        Set<Long> seen = new HashSet<>();
        SearchResults first = search.search(ours().text("scanning").size(3).build());
        assertThat(first.total()).isEqualTo(7);
        assertThat(first.totalPages()).isEqualTo(3);
        for (int page = 0; page < 3; page++) {
            SearchResults results = search.search(ours().text("scanning").size(3).page(page).build());
            assertThat(results.items()).hasSize(page < 2 ? 3 : 1);
            assertThat(results.hasNextPage()).isEqualTo(page < 2);
            results.items().forEach(hit -> assertThat(seen.add(hit.lessonId())).isTrue());
        }
        assertThat(seen).hasSize(7);
        assertThat(search.search(ours().text("scanning").size(3).page(3).build()).items()).isEmpty();
    }

    @Test
    void sortsByRelevanceOrNewest() {
        SearchResults relevance = search.search(ours().text(marker).build());
        assertThat(relevance.items()).hasSize(7);
        assertThat(relevance.items().get(0).title()).as("the word in the title counts most").contains(marker);
        assertThat(relevance.items().get(0).score()).isGreaterThan(relevance.items().get(1).score());

        SearchResults newest = search.search(ours().text(marker).sort(SearchSort.NEWEST).build());
        assertThat(newest.items()).extracting(SearchHit::publishedOn).isSortedAccordingTo(
                java.util.Comparator.reverseOrder());
        assertThat(newest.items().get(0).title()).startsWith("Lesson 7");

        assertThat(search.search(ours().build()).items().get(0).title()).as("without words, newest first")
                .startsWith("Lesson 7");
    }

    @Test
    void highlightsTheMatchingWordsAsPlainText() {
        SearchHit hit = search.search(ours().text(marker + " clinics").build()).items().get(0);

        assertThat(hit.passages()).isNotEmpty();
        Passage passage = hit.passages().stream().filter(p -> p.field().equals("body")).findFirst().orElseThrow();
        assertThat(passage.segments()).filteredOn(Passage.Segment::match).extracting(Passage.Segment::text)
                .contains(marker, "clinics");
        assertThat(passage.text()).contains("<script>");
        assertThat(passage.html()).contains("<mark>" + marker + "</mark>").contains("&lt;script&gt;")
                .doesNotContain("<script>");
        assertThat(search.search(ours().build()).items().get(0).passages()).as("no words, no passages").isEmpty();
    }

    @Test
    void synonymsAndAcronymsFindTheWordsLessonsUse() {
        ObjectNode lesson = SearchFixtures.lesson(ods, "Paging Trust", "electronic-patient-record",
                "Our electronic patient record in the emergency department",
                "How the emergency department moved to an electronic patient record.",
                "The emergency department of " + marker + " used paper.");
        SearchFixtures.importLessons(exchange, List.of(lesson));

        assertThat(search.search(ours().text("EHR").build()).items()).extracting(SearchHit::title)
                .containsExactly("Our electronic patient record in the emergency department");
        assertThat(search.search(ours().text("A&E").build()).items()).hasSize(1);
        assertThat(search.search(ours().text("accident and emergency").build()).items()).hasSize(1);
        assertThat(search.search(ours().text("ED EPR").build()).items()).hasSize(1);
    }

    @Test
    void whenNothingMatchesItSuggestsWhatToTry() {
        String typo = marker.substring(0, marker.length() - 1) + (marker.endsWith("a") ? "b" : "a");
        SearchResults misspelt = search.search(ours().text(typo).build());
        assertThat(misspelt.total()).isZero();
        assertThat(misspelt.suggestions()).first().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(Suggestion.Kind.SPELLING);
            assertThat(s.query().text()).isEqualTo(marker);
            assertThat(s.count()).isEqualTo(7);
            assertThat(s.message()).isEqualTo("Search for “" + marker + "” instead");
        });
        assertThat(misspelt.suggestions()).extracting(Suggestion::kind).contains(Suggestion.Kind.FEWER_WORDS);

        SearchResults filtered = search.search(ours().text(marker).projectTypes("cyber-security").build());
        assertThat(filtered.total()).isZero();
        assertThat(filtered.suggestions()).extracting(Suggestion::kind, Suggestion::count)
                .contains(org.assertj.core.groups.Tuple.tuple(Suggestion.Kind.REMOVE_FILTERS, 7L));
    }

    @Test
    void whenNoLessonHasAllTheWordsItShowsThoseWithSomeAndSaysSo() {
        SearchResults all = search.search(ours().text(marker + " scanning").build());
        assertThat(all.partialMatch()).isFalse();
        assertThat(all.total()).isEqualTo(7);

        SearchResults some = search.search(ours().text(marker + " " + SearchFixtures.marker()).build());
        assertThat(some.partialMatch()).isTrue();
        assertThat(some.total()).isEqualTo(7);
        assertThat(some.suggestions()).isEmpty();
    }

    @Test
    void whenFewLessonsHaveAllTheWordsItAlsoFindsThoseWithSomeAfterThemAndSaysWhatEachLacks() {
        String own = SearchFixtures.ods();
        String a = SearchFixtures.marker();
        String b = SearchFixtures.marker();
        String c = SearchFixtures.marker();
        SearchFixtures.importLessons(exchange, List.of(
                SearchFixtures.lesson(own, "Widening Trust", "paperless", "Two of the words in the title",
                        "We used " + a + " and " + b + " a great deal.", a + " " + b + " " + a + " " + b + "."),
                SearchFixtures.lesson(own, "Widening Trust", "paperless", "All three words, once each",
                        "A lesson mentioning " + a + ".", "Then " + b + ", and later " + c + "."),
                SearchFixtures.lesson(own, "Widening Trust", "paperless", "Only the last word here",
                        "A lesson about " + c + ".", "Nothing else."),
                SearchFixtures.lesson(own, "Widening Trust", "paperless", "None of the words at all",
                        "A lesson about something else.", "Nothing else.")));

        SearchResults results = search.search(SearchQuery.builder().organisations(own).text(a + " " + b + " " + c)
                .build());

        assertThat(results.partialMatch()).as("widened").isTrue();
        assertThat(results.total()).isEqualTo(3);
        assertThat(results.allWordsCount()).isEqualTo(1);
        assertThat(results.items()).extracting(SearchHit::title).containsExactly("All three words, once each",
                "Two of the words in the title", "Only the last word here");
        assertThat(results.items()).extracting(SearchHit::missingWords).containsExactly(List.of(), List.of(c),
                List.of(a, b));
    }

    @Test
    void tickingAFilterNeverFindsMoreLessonsThanItsCountSaid() {
        String own = SearchFixtures.ods();
        String a = SearchFixtures.marker();
        String b = SearchFixtures.marker();
        List<ObjectNode> lessons = new ArrayList<>();
        for (int i = 0; i < LessonSearch.WIDEN_BELOW; i++) {
            ObjectNode both = SearchFixtures.lesson(own, "Filter Trust", "paperless", "Both words, lesson " + i,
                    "We used " + a + " and " + b + ".", "Plain text.");
            both.put("region", i < 5 ? "london" : "midlands");
            lessons.add(both);
        }
        for (int i = 0; i < 5; i++) {
            ObjectNode one = SearchFixtures.lesson(own, "Filter Trust", "paperless", "One word, lesson " + i,
                    "We used " + a + " only.", "Plain text.");
            one.put("region", "london");
            lessons.add(one);
        }
        SearchFixtures.importLessons(exchange, lessons);
        SearchQuery both = SearchQuery.builder().organisations(own).text(a + " " + b).build();

        SearchResults unfiltered = search.search(both);
        long londonCount = unfiltered.facet(Facet.REGION).values().stream()
                .filter(v -> v.code().equals("london")).mapToLong(FacetValue::count).sum();
        SearchResults inLondon = search.search(both.toBuilder().regions("london").build());

        assertThat(unfiltered.partialMatch()).as("enough lessons have both words").isFalse();
        assertThat(londonCount).isEqualTo(5);
        assertThat(inLondon.total()).as("as the facet said").isEqualTo(londonCount);
        assertThat(inLondon.partialMatch()).isFalse();
    }

    @Test
    void aLessonWithTheWordsThroughASynonymOfSeveralWordsLacksNone() {
        String own = SearchFixtures.ods();
        // two made-up words, so that no other test's lesson has "nearly all" the words (4 of 5) and the search widens
        String marker = SearchFixtures.marker() + " " + SearchFixtures.marker();
        SearchFixtures.importLessons(exchange, List.of(
                SearchFixtures.lesson(own, "Synonym Trust", "electronic-patient-record", "Our EPR go-live",
                        "How the EPR went live with " + marker + ".", "The EPR replaced paper."),
                SearchFixtures.lesson(own, "Synonym Trust", "paperless", "Something else entirely",
                        "A lesson that mentions " + marker + " only.", "Nothing more.")));

        SearchResults results = search.search(SearchQuery.builder().organisations(own)
                .text(marker + " electronic patient record").build());

        assertThat(results.partialMatch()).isTrue();
        assertThat(results.items()).extracting(SearchHit::title).containsExactly("Our EPR go-live",
                "Something else entirely");
        assertThat(results.items().get(0).missingWords()).as("EPR is an electronic patient record").isEmpty();
        assertThat(results.items().get(1).missingWords()).containsExactly("electronic", "patient", "record");
    }
}
