package org.lessonsportal.domain.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lessonsportal.domain.lesson.ImportReport;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.testsupport.LessonTestData;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Why it matched" says something: the facets two lessons share (type of project, care setting, challenge) and
 * distinctive words (NHS vocabulary, product names), never filler ("getting", "poor", "Main", "based") that any
 * write-up uses. A table of pairs: what the reason for the second lesson must and must not say.
 */
@SearchIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SimilarReasonsIntegrationTest extends SearchTestCase {

    /** Words of the texts below that say nothing about a project: never a reason. */
    private static final List<String> FILLER = List.of("getting", "Getting", "poor", "Poor", "main", "Main",
            "based", "Based", "using", "staff", "project", "better", "really", "team");

    @Autowired
    OrganisationService organisations;

    @Autowired
    LessonService lessons;

    /** A member of an organisation of their own: published lessons are for every member. */
    Actor reader;

    /** A made-up product name each run, that only these lessons use. */
    static final String PRODUCT = SearchFixtures.marker();

    Map<String, Long> ids;

    @BeforeAll
    void lessons() {
        LessonTestData data = new LessonTestData(organisations, lessons);
        reader = data.member(data.organisation(), Roles.CONTRIBUTOR);
        ObjectNode source = lesson("Getting the main PAS ready for cutover with " + PRODUCT,
                "electronic-patient-record", List.of("acute", "community"),
                List.of("data-migration", "staffing-capacity"),
                "Getting the main PAS based on poor data ready for the cutover weekend. Staff were using "
                        + PRODUCT + " and the project team really wanted better floorwalkers.");
        ObjectNode twin = lesson("Cutover to a new PAS with " + PRODUCT, "electronic-patient-record",
                List.of("acute"), List.of("data-migration"),
                "Poor data was the main problem getting the PAS cutover done, based on " + PRODUCT
                        + ". Staff were using paper and the project team really wanted better floorwalkers.");
        ObjectNode distant = lesson("Imaging network with " + PRODUCT, "infrastructure-cloud", List.of("primary-care"),
                List.of("data-migration"),
                "Getting images based on poor links. The main " + PRODUCT + " viewer was slow; staff were using "
                        + "the project team's better workstations, really.");
        ImportReport report = SearchFixtures.importLessons(exchange, List.of(source, twin, distant));
        Map<String, Long> byExternal = report.imported().stream()
                .collect(Collectors.toMap(i -> i.externalId(), i -> i.lessonId()));
        ids = Map.of("source", byExternal.get(source.get("id").asText()),
                "twin", byExternal.get(twin.get("id").asText()),
                "distant", byExternal.get(distant.get("id").asText()));
    }

    /** A row: the reason for {@code candidate}, found from {@code from}, must say these things and not those. */
    static List<Arguments> table() {
        return List.of(
                Arguments.of("lesson page", "twin",
                        List.of("Same type of project (Electronic patient record (EPR))",
                                "same care setting (Acute hospital)", "same challenge (Data migration)",
                                "PAS", "cutover", PRODUCT),
                        List.of("Community", "Staffing")),
                Arguments.of("lesson page", "distant",
                        List.of("Same challenge (Data migration)", PRODUCT),
                        List.of("Same type of project", "same care setting", "PAS", "cutover")),
                Arguments.of("description", "twin",
                        List.of("Same type of project (Electronic patient record (EPR))", "PAS", "cutover",
                                PRODUCT),
                        List.of("care setting", "challenge")));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("table")
    void theReasonNamesSharedFacetsAndDistinctiveWordsOnly(String from, String candidate, List<String> must,
            List<String> mustNot) {
        SimilarLessons similar = from.equals("lesson page")
                ? search.similarTo(ids.get("source"), reader, SearchService.MAX_SIMILAR)
                : search.similar("Getting our main PAS based on poor data ready for cutover, using " + PRODUCT
                        + "; the project team and staff really want better results.",
                        ProjectType.ELECTRONIC_PATIENT_RECORD, null, SearchService.MAX_SIMILAR);
        SimilarLesson lesson = similar.lessons().stream().filter(l -> l.lessonId().equals(ids.get(candidate)))
                .findFirst().orElseThrow(() -> new AssertionError(candidate + " was not found from the " + from));
        String reason = lesson.reason().describe(lesson.projectType());

        assertThat(reason).contains(must);
        assertThat(reason).doesNotContain(mustNot);
        assertThat(lesson.reason().matchedTerms()).as("no filler word in: " + reason)
                .doesNotContainAnyElementsOf(FILLER);
        if (must.contains("PAS")) {
            assertThat(lesson.reason().matchedTerms()).as("vocabulary first").first().isIn("PAS", "cutover");
        }
    }

    private static ObjectNode lesson(String title, String type, List<String> settings, List<String> challenges,
            String body) {
        ObjectNode lesson = SearchFixtures.lesson(SearchFixtures.ods(), "Trust of " + title, type, title,
                "What we learned, and what we would tell others.", body);
        ArrayNode settingList = lesson.putArray("settings");
        settings.forEach(settingList::add);
        ArrayNode challengeList = lesson.putArray("challenges");
        challenges.forEach(c -> challengeList.addObject().put("type", c).put("description", "It was hard.")
                .put("resolution", "We got through it."));
        return lesson;
    }
}
