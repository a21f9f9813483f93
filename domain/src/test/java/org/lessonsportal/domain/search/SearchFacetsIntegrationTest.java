package org.lessonsportal.domain.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.shared.DomainException;

/** Facets count the matching lessons per value; a facet in use still counts its other values. */
@SearchIntegrationTest
class SearchFacetsIntegrationTest extends SearchTestCase {

    String north;
    String south;

    @BeforeEach
    void fiveLessonsInTwoOrganisations() {
        north = SearchFixtures.ods();
        south = SearchFixtures.ods();
        SearchFixtures.importLessons(exchange, List.of(
                lesson(north, "North Trust", "electronic-patient-record", List.of("acute"), "north-west", "2022-03-31",
                        List.of("Epic", "HL7 v2"), "data-migration"),
                lesson(north, "North Trust", "electronic-patient-record", List.of("acute", "community"), "north-west",
                        "2023-05-31", List.of("epic"), "go-live-cutover"),
                lesson(north, "North Trust", "e-prescribing", List.of("acute"), "north-west", "2023-09-30",
                        List.of("Epic"), "training-adoption"),
                lesson(south, "South Health Partnership", "fax-removal", List.of("community"), "south-west",
                        "2021-01-31", List.of("NHSmail"), "workflow-redesign"),
                lesson(south, "South Health Partnership", "electronic-patient-record", List.of("mental-health"),
                        "south-west", "2023-02-28", List.of("RiO"), "data-migration")));
    }

    private static ObjectNode lesson(String ods, String name, String type, List<String> settings, String region,
            String completedOn, List<String> technologies, String challengeType) {
        ObjectNode lesson = SearchFixtures.lesson(ods, name, type, "A lesson about " + type + " in " + region,
                "What we learned from a " + type + " project in " + region + ".", "The context of the project.");
        lesson.putArray("settings").addAll(settings.stream().map(lesson::textNode).toList());
        lesson.put("region", region);
        lesson.put("completedOn", completedOn);
        lesson.putArray("technologies").addAll(technologies.stream().map(lesson::textNode).toList());
        lesson.withArray("challenges").addObject().put("type", challengeType).put("description", "It was hard.")
                .put("resolution", "We kept going.");
        return lesson;
    }

    private SearchQuery.Builder ours() {
        return SearchQuery.builder().organisations(north, south);
    }

    @Test
    void countsEveryFacetOfTheMatchingLessons() {
        SearchResults results = search.search(ours().build());

        assertThat(results.total()).isEqualTo(5);
        assertThat(results.facet(Facet.PROJECT_TYPE).values()).extracting(FacetValue::code, FacetValue::label,
                FacetValue::count).containsExactly(
                        tuple("electronic-patient-record", "Electronic patient record (EPR)", 3L),
                        tuple("e-prescribing", "Electronic prescribing (ePMA)", 1L),
                        tuple("fax-removal", "Fax machine removal", 1L));
        assertThat(results.facet(Facet.SETTING).values()).extracting(FacetValue::code, FacetValue::count)
                .containsExactly(tuple("acute", 3L), tuple("community", 2L), tuple("mental-health", 1L));
        assertThat(results.facet(Facet.REGION).values()).extracting(FacetValue::label, FacetValue::count)
                .containsExactly(tuple("North West", 3L), tuple("South West", 2L));
        assertThat(results.facet(Facet.ORGANISATION).values())
                .as("the organisation facet is in use, so it also counts other organisations' lessons")
                .extracting(FacetValue::code, FacetValue::label, FacetValue::count, FacetValue::selected)
                .contains(tuple(north, "North Trust", 3L, true), tuple(south, "South Health Partnership", 2L, true));
        assertThat(results.facet(Facet.CHALLENGE_TYPE).values()).extracting(FacetValue::code, FacetValue::count)
                .contains(tuple("training-adoption", 5L), tuple("data-migration", 2L));
        assertThat(results.facet(Facet.TECHNOLOGY).values()).as("counted whatever the case, shown as most write it")
                .extracting(FacetValue::label, FacetValue::count)
                .containsExactly(tuple("Epic", 3L), tuple("HL7 v2", 1L), tuple("NHSmail", 1L), tuple("RiO", 1L));
        assertThat(results.facet(Facet.YEAR_COMPLETED).values()).as("newest first")
                .extracting(FacetValue::code, FacetValue::count)
                .containsExactly(tuple("2023", 3L), tuple("2022", 1L), tuple("2021", 1L));
    }

    @Test
    void aFacetInUseStillCountsItsOtherValues() {
        SearchResults results = search.search(ours().projectTypes("electronic-patient-record").build());

        assertThat(results.total()).isEqualTo(3);
        assertThat(results.facet(Facet.PROJECT_TYPE).values()).extracting(FacetValue::code, FacetValue::count,
                FacetValue::selected).containsExactly(tuple("electronic-patient-record", 3L, true),
                        tuple("e-prescribing", 1L, false), tuple("fax-removal", 1L, false));
        assertThat(results.facet(Facet.SETTING).values()).as("other facets count the filtered lessons")
                .extracting(FacetValue::code, FacetValue::count)
                .containsExactly(tuple("acute", 2L), tuple("community", 1L), tuple("mental-health", 1L));
    }

    @Test
    void valuesOfOneFacetAreAlternativesAndFacetsCombine() {
        assertThat(search.search(ours().projectTypes("e-prescribing", "fax-removal").build()).total()).isEqualTo(2);
        assertThat(search.search(ours().projectTypes("electronic-patient-record").settings("community").build())
                .total()).isEqualTo(1);
        assertThat(search.search(ours().technologies("EPIC").build()).total()).as("any case").isEqualTo(3);
        assertThat(search.search(ours().yearsCompleted(2023, 2021).build()).total()).isEqualTo(4);
        assertThat(search.search(ours().challengeTypes("data-migration").regions("south-west").build()).total())
                .isEqualTo(1);
        assertThat(search.search(SearchQuery.builder().organisations(north.toLowerCase()).build()).total())
                .as("ODS codes in any case").isEqualTo(3);
    }

    @Test
    void aChosenValueWithoutLessonsIsStillShownSoItCanBeRemoved() {
        SearchResults results = search.search(ours().projectTypes("imaging").build());

        assertThat(results.total()).isZero();
        assertThat(results.facet(Facet.PROJECT_TYPE).values()).extracting(FacetValue::code, FacetValue::count,
                FacetValue::selected).contains(tuple("imaging", 0L, true), tuple("electronic-patient-record", 3L,
                        false));
        assertThat(results.suggestions()).as("only the filter that is enough to drop")
                .extracting(Suggestion::kind, Suggestion::message, Suggestion::count)
                .containsExactly(tuple(Suggestion.Kind.REMOVE_FILTERS,
                        "5 lessons match without the “Type of project” filter", 5L));
        assertThat(search.search(results.suggestions().get(0).query()).total()).isEqualTo(5);
    }

    @Test
    void unknownCodesAreRefusedPlainly() {
        assertThatThrownBy(() -> search.search(ours().projectTypes("blockchain").build()))
                .isInstanceOf(DomainException.class).hasMessage("There is no type of project \"blockchain\".");
        assertThatThrownBy(() -> search.search(ours().settings("hospice").build()))
                .isInstanceOf(DomainException.class).hasMessage("There is no care setting \"hospice\".");
        assertThatThrownBy(() -> search.search(ours().regions("wales").build()))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> search.search(ours().challengeTypes("weather").build()))
                .isInstanceOf(DomainException.class);
    }
}
