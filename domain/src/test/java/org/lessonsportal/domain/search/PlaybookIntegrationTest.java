package org.lessonsportal.domain.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.Challenge;
import org.lessonsportal.domain.lesson.ImportReport;
import org.lessonsportal.domain.lesson.LessonContent;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.domain.taxonomy.ChallengeType;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.domain.taxonomy.Setting;
import org.lessonsportal.testsupport.LessonTestData;
import org.springframework.beans.factory.annotation.Autowired;

/** The challenge playbook of a project type, on the relevance collection (whose lessons are known exactly). */
@RelevanceCollectionTest
class PlaybookIntegrationTest extends SearchTestCase {

    @Autowired
    LessonService lessons;

    @Autowired
    OrganisationService organisations;

    Map<String, Long> ids;

    @BeforeAll
    void collection() {
        ids = RelevanceCollection.load(exchange).entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
    }

    @Test
    void ranksChallengesByHowManyLessonsMetThemWithHowTheyWereResolved() {
        Playbook playbook = search.playbook(ProjectType.E_PRESCRIBING, null);

        assertThat(playbook.lessonCount()).isEqualTo(5);
        assertThat(playbook.challenges()).extracting(Playbook.Entry::challengeType, Playbook.Entry::lessonCount)
                .startsWith(tuple(ChallengeType.CLINICAL_ENGAGEMENT, 2L), tuple(ChallengeType.INFRASTRUCTURE_HARDWARE, 2L))
                .hasSize(9);
        assertThat(playbook.challenges()).extracting(Playbook.Entry::lessonCount).isSortedAccordingTo(
                java.util.Comparator.reverseOrder());
        Playbook.Entry top = playbook.challenges().get(0);
        assertThat(top.lessonIds()).as("newest first").containsExactly(ids.get("rl-epma-2"), ids.get("rl-epma-1"));
        assertThat(top.resolutions()).first().satisfies(r -> {
            assertThat(r.lessonId()).isEqualTo(ids.get("rl-epma-2"));
            assertThat(r.lessonTitle()).startsWith("EPMA for children");
            assertThat(r.organisationOdsCode()).isEqualTo("RZ6");
            assertThat(r.organisationName()).isEqualTo("Kingsbridge Children's Hospital NHS Foundation Trust");
            assertThat(r.challenge()).startsWith("Dose checking alerts fired too often");
            assertThat(r.resolution()).contains("override rates");
        });
        assertThat(top.share(playbook.lessonCount())).isEqualTo(0.4);
    }

    @Test
    void aSettingNarrowsThePlaybook() {
        Playbook playbook = search.playbook(ProjectType.E_PRESCRIBING, Setting.PRIMARY_CARE);

        assertThat(playbook.lessonCount()).isEqualTo(1);
        assertThat(playbook.challenges()).extracting(Playbook.Entry::challengeType).containsExactly(
                ChallengeType.INTEGRATION_INTEROPERABILITY, ChallengeType.PATIENT_ENGAGEMENT);
        assertThat(search.playbook(ProjectType.IMAGING, Setting.SOCIAL_CARE).challenges()).isEmpty();
    }

    @Test
    void onlyPublishedLessonsCount() {
        LessonTestData data = new LessonTestData(organisations, lessons);
        LessonTestData.Cast cast = data.cast();
        LessonContent cyber = LessonTestData.complete(LessonTestData.title()).toBuilder()
                .projectType(ProjectType.WORKFORCE_DIGITAL)
                .challenges(List.of(new Challenge(ChallengeType.CYBER_SECURITY, "A draft's challenge.", "Unknown.")))
                .build();
        lessons.createDraft(cast.author(), cyber);
        ObjectNode archived = SearchFixtures.lesson(SearchFixtures.ods(), "Archive Trust", "workforce-digital",
                "An out of date rostering lesson", "A lesson that will be archived before anyone reads it.", "Old.");
        archived.withArray("challenges").addObject().put("type", "cyber-security")
                .put("description", "An archived lesson's challenge.").put("resolution", "Archived.");
        ImportReport report = SearchFixtures.importLessons(exchange, List.of(archived));
        lessons.archive(report.imported().get(0).lessonId(), cast.admin(), "Superseded by newer guidance.");

        Playbook playbook = search.playbook(ProjectType.WORKFORCE_DIGITAL, null);

        assertThat(playbook.lessonCount()).isEqualTo(3);
        assertThat(playbook.challenges()).extracting(Playbook.Entry::challengeType)
                .doesNotContain(ChallengeType.CYBER_SECURITY);
    }

    @Test
    void aTypeOfProjectIsNeeded() {
        assertThatThrownBy(() -> search.playbook(null, null)).isInstanceOf(DomainException.class)
                .hasMessage("Choose a type of project.");
    }
}
