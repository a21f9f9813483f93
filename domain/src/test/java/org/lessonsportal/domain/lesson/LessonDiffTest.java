package org.lessonsportal.domain.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.taxonomy.ChallengeType;
import org.lessonsportal.domain.taxonomy.Setting;
import org.lessonsportal.testsupport.LessonTestData;

class LessonDiffTest {

    private final LessonContent before = LessonTestData.complete("A perfectly good title");

    @Test
    void identicalContentHasNoChanges() {
        assertThat(LessonDiff.between(before, before.toBuilder().build())).isEmpty();
    }

    @Test
    void reportsEachChangedFieldWithBeforeAndAfter() {
        LessonContent after = before.toBuilder()
                .title("A better title for the lesson")
                .settings(Setting.ACUTE)
                .completedOn(LocalDate.of(2023, 4, 30))
                .outcomes(before.outcomes() + " Staff survey scores rose.")
                .technologies(List.of("FHIR R4", "Supplier X EPR", "NHS login"))
                .contact(null)
                .build();

        List<FieldChange> changes = LessonDiff.between(before, after);

        assertThat(changes).extracting(FieldChange::field).containsExactly("title", "settings", "completedOn",
                "outcomes", "technologies", "contact.name", "contact.email");
        assertThat(changes.get(0)).isEqualTo(new FieldChange("title", "Title", "A perfectly good title",
                "A better title for the lesson"));
        assertThat(changes.get(1).before()).isEqualTo("Acute hospital\nCommunity health");
        assertThat(changes.get(1).after()).isEqualTo("Acute hospital");
        assertThat(changes.get(2)).isEqualTo(new FieldChange("completedOn", "Completion date", "2023-03-31",
                "2023-04-30"));
        assertThat(changes.get(4).before()).isEqualTo("FHIR R4\nHL7 v2\nSupplier X EPR");
        assertThat(changes.get(4).after()).isEqualTo("FHIR R4\nSupplier X EPR\nNHS login");
        assertThat(changes.get(5).isRemoved()).isTrue();
    }

    @Test
    void comparesChallengesPartByPartAndShowsAddedAndRemovedOnes() {
        Challenge first = before.challenges().get(0);
        LessonContent after = before.toBuilder().challenges(List.of(
                new Challenge(first.type(), first.description(), "We ran four trial loads, not three."),
                new Challenge(ChallengeType.CLINICAL_ENGAGEMENT, "Consultants were sceptical.", "A CCIO led demos."),
                new Challenge(ChallengeType.GO_LIVE_CUTOVER, "The cutover overran.", "We added a contingency day.")))
                .build();

        List<FieldChange> changes = LessonDiff.between(before, after);

        assertThat(changes).extracting(FieldChange::field).containsExactly("challenges[0].resolution",
                "challenges[1].type", "challenges[1].description", "challenges[1].resolution", "challenges[2]");
        assertThat(changes.get(0).label()).isEqualTo("Challenge 1: how it was resolved");
        assertThat(changes.get(1)).isEqualTo(new FieldChange("challenges[1].type", "Challenge 2: type of challenge",
                "Training and adoption", "Clinical engagement"));
        FieldChange added = changes.get(4);
        assertThat(added.isAdded()).isTrue();
        assertThat(added.label()).isEqualTo("Challenge 3");
        assertThat(added.after()).isEqualTo("Type: Go-live and cutover\nWhat happened: The cutover overran.\n"
                + "How it was resolved: We added a contingency day.");

        assertThat(LessonDiff.between(after, before)).last().satisfies(c -> assertThat(c.isRemoved()).isTrue());
    }
}
