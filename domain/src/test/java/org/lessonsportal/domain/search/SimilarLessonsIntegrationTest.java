package org.lessonsportal.domain.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lessonsportal.domain.lesson.ImportReport;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.domain.shared.NotFoundException;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.testsupport.LessonTestData;
import org.lessonsportal.testsupport.LessonTestData.Cast;
import org.springframework.beans.factory.annotation.Autowired;

/** "Others have done this before": similar lessons from other organisations, why they match and whom to ask. */
@SearchIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SimilarLessonsIntegrationTest extends SearchTestCase {

    @Autowired
    OrganisationService organisations;

    @Autowired
    LessonService lessons;

    String home;
    String other;
    String third;
    String system;
    String vendor;
    Map<String, Long> ids;
    LessonTestData data;
    Cast cast;

    @BeforeAll
    void lessonsInThreeOrganisations() {
        data = new LessonTestData(organisations, lessons);
        cast = data.cast();
        home = SearchFixtures.ods();
        other = SearchFixtures.ods();
        third = SearchFixtures.ods();
        // Made-up product names, unique to the run, stand in for the words only these lessons share.
        system = SearchFixtures.marker();
        vendor = SearchFixtures.marker();
        ObjectNode own = SearchFixtures.lesson(home, "Home Trust", "e-prescribing",
                "Our own " + system + " electronic prescribing roll-out",
                "Electronic prescribing with " + system + " from " + vendor + " on our wards.",
                "We replaced paper drug charts with " + system + ".");
        ObjectNode sameType = SearchFixtures.lesson(other, "Other Trust", "e-prescribing",
                "Electronic prescribing on surgical wards with " + system,
                "Replacing paper drug charts with " + system + " electronic prescribing, supplied by " + vendor + ".",
                "Pharmacists and nurses used paper drug charts until " + system + " arrived.");
        sameType.putObject("contact").put("name", "Ada Pharmacist").put("email", "ada.pharmacist@example.nhs.uk");
        ObjectNode otherType = SearchFixtures.lesson(third, "Third Trust", "infrastructure-cloud",
                "Wi-Fi for " + system + " on the wards",
                "Ward Wi-Fi upgrades so " + system + " devices stay connected.",
                "The " + system + " devices dropped their connection in side rooms.");
        ImportReport report = SearchFixtures.importLessons(exchange, List.of(own, sameType, otherType));
        ids = report.imported().stream().collect(Collectors.toMap(i -> i.externalId(), i -> i.lessonId()));
        ids = Map.of("own", ids.get(own.get("id").asText()), "sameType", ids.get(sameType.get("id").asText()),
                "otherType", ids.get(otherType.get("id").asText()));
    }

    private Long organisationId(String ods) {
        return organisations.findByOdsCode(ods).orElseThrow().id();
    }

    private String description() {
        return "We want to move our wards from paper drug charts to " + system + " electronic prescribing from "
                + vendor + ".";
    }

    @Test
    void findsLessonsFromOtherOrganisationsWithTheSameTypeFirst() {
        // Other tests' lessons may share this database (CI runs every module on one PostgreSQL database): look at
        // the order of this test's own lessons, not at exact positions.
        SimilarLessons similar = search.similar(description(), ProjectType.E_PRESCRIBING, organisationId(home),
                SearchService.MAX_SIMILAR);

        List<Long> order = similar.lessons().stream().map(SimilarLesson::lessonId).toList();
        assertThat(order).as("never the person's own organisation").doesNotContain(ids.get("own"))
                .startsWith(ids.get("sameType")).contains(ids.get("otherType"));
        SimilarLesson best = similar.lessons().get(0);
        assertThat(best.reason().sameProjectType()).isTrue();
        assertThat(best.reason().matchedTerms()).as("as written in the description").contains(vendor, "drug")
                .hasSizeLessThanOrEqualTo(6);
        assertThat(best.reason().describe(ProjectType.E_PRESCRIBING))
                .startsWith("Same type of project (Electronic prescribing (ePMA)); mentions ");
        assertThat(best.contact()).isEqualTo(new SimilarLesson.ContactPoint(other, "Other Trust", "Ada Pharmacist",
                "ada.pharmacist@example.nhs.uk"));
        SimilarLesson second = similar.lessons().get(order.indexOf(ids.get("otherType")));
        assertThat(second.reason().sameProjectType()).isFalse();
        assertThat(second.reason().matchedTerms()).contains(system).doesNotContain(vendor);
        assertThat(second.contact().contactName()).as("no one opted in").isNull();
        assertThat(second.contact().organisationName()).isEqualTo("Third Trust");
        assertThat(similar.keyTerms()).contains(system, vendor);
    }

    @Test
    void withoutAnOrganisationToLeaveOutItsOwnLessonsCountToo() {
        SimilarLessons similar = search.similar(description(), ProjectType.E_PRESCRIBING, null, 5);

        assertThat(similar.lessons().subList(0, 2)).extracting(SimilarLesson::lessonId)
                .containsExactlyInAnyOrder(ids.get("own"), ids.get("sameType"));
    }

    @Test
    void aLessonsPageShowsOthersLikeItButNeverItself() {
        SimilarLessons similar = search.similarTo(ids.get("sameType"), cast.otherUser(), SearchService.MAX_SIMILAR);

        assertThat(similar.lessons()).extracting(SimilarLesson::lessonId).doesNotContain(ids.get("sameType"))
                .startsWith(ids.get("own")).contains(ids.get("otherType"));
        assertThatThrownBy(() -> search.similarTo(-1L, cast.otherUser(), 5)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aLessonTheAskerMayNotSeeIsNotReadEvenToFindOthersLikeIt() {
        LessonDetails draft = data.draft(cast.author());

        assertThatThrownBy(() -> search.similarTo(draft.id(), cast.otherUser(), 5))
                .as("a draft of another organisation: as if there were no such lesson")
                .isInstanceOf(NotFoundException.class).hasMessage("We could not find that lesson.");
        assertThatThrownBy(() -> search.similarTo(draft.id(), cast.publisher(), 5))
                .isInstanceOf(NotFoundException.class);
        assertThat(search.similarTo(draft.id(), cast.colleague(), 5)).as("a colleague may see the draft")
                .isNotNull();
    }

    @Test
    void aTypeAloneGivesTheNewestLessonsOfThatType() {
        SimilarLessons similar = search.similar("the of and", ProjectType.E_PRESCRIBING, null, 50);

        assertThat(similar.keyTerms()).isEmpty();
        assertThat(similar.lessons()).isNotEmpty().allSatisfy(lesson -> {
            assertThat(lesson.projectType()).isEqualTo(ProjectType.E_PRESCRIBING);
            assertThat(lesson.reason().sameProjectType()).isTrue();
        });
    }

    @Test
    void oddInputIsHandled() {
        assertThat(search.similar("😀 " + "x".repeat(20_000), null, null, 5).lessons()).isEmpty();
        assertThat(search.similar("title:( \u200B \u202E", null, null, 5).lessons()).isNotNull();
        assertThatThrownBy(() -> search.similar(" ", null, null, 5)).isInstanceOf(DomainException.class)
                .hasMessage("Describe your project, or choose its type, to find similar lessons.");
        assertThatThrownBy(() -> search.similar(description(), null, null, 0)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> search.similar(description(), null, null, 51)).isInstanceOf(DomainException.class);
    }
}
