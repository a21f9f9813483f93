package org.lessonsportal.domain.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lessonsportal.domain.lesson.LessonPolicy.Action;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.Decision;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.testsupport.PolicyTable;

/**
 * Every relation × action × state cell of {@link LessonPolicy}, from the grid in {@code lesson-policy.csv}.
 */
class LessonPolicyTest {

    private static final long AUTHOR_ID = 1L;
    private static final long HOME_ORG = 100L;

    /** How someone stands to the lesson under test. */
    @RequiredArgsConstructor
    enum Relation {
        AUTHOR(Actor.member(AUTHOR_ID, HOME_ORG, Set.of(Roles.CONTRIBUTOR))),
        COLLEAGUE(Actor.member(2L, HOME_ORG, Set.of(Roles.CONTRIBUTOR))),
        ASSIGNED_REVIEWER(Actor.member(3L, 200L, Set.of(Roles.REVIEWER))),
        UNASSIGNED_REVIEWER(Actor.member(4L, 200L, Set.of(Roles.REVIEWER))),
        SAME_ORG_REVIEWER(Actor.member(5L, HOME_ORG, Set.of(Roles.REVIEWER, Roles.CONTRIBUTOR))),
        RELEASED_REVIEWER(Actor.member(8L, 200L, Set.of(Roles.REVIEWER))),
        PUBLISHER(Actor.member(6L, 300L, Set.of(Roles.PUBLISHER))),
        PUBLISHER_WHO_REVIEWED(Actor.member(7L, 200L, Set.of(Roles.PUBLISHER, Roles.REVIEWER))),
        ADMIN(Actor.member(9L, 300L, Set.of(Roles.ADMIN))),
        OTHER_USER(Actor.member(10L, 400L, Set.of(Roles.CONTRIBUTOR))),
        TWO_ORG_REVIEWER(Actor.member(11L, 200L, Set.of(200L, HOME_ORG), Set.of(Roles.REVIEWER))),
        SYSTEM(Actor.SYSTEM);

        final Actor actor;
    }

    /**
     * The lesson: written by member 1 of organisation 100 and submitted. Member 3 is assigned to the current round;
     * members 5 and 11 (who belong to the author's organisation) were wrongly assigned too; member 7 reviewed an
     * earlier round; member 8 was released.
     */
    private static LessonFacts lessonIn(LessonState state) {
        return new LessonFacts(state, AUTHOR_ID, HOME_ORG, Set.of(3L, 5L, 11L), Set.of(3L, 5L, 7L, 11L),
                Set.of(3L, 5L, 7L, 8L, 11L), true);
    }

    /** The same lesson, never submitted (withdrawn or otherwise ended while still a draft). */
    private static LessonFacts neverSubmitted(LessonState state) {
        return new LessonFacts(state, AUTHOR_ID, HOME_ORG, Set.of(), Set.of(), Set.of(), false);
    }

    record Row(Relation relation, Action action, Map<LessonState, Boolean> allowed) {
    }

    static List<Row> grid() {
        return PolicyTable.read(LessonPolicyTest.class, "lesson-policy.csv", 2, LessonState.class).stream()
                .map(line -> new Row(Relation.valueOf(line.keys().get(0)), Action.valueOf(line.keys().get(1)),
                        line.allowed()))
                .toList();
    }

    static Stream<Arguments> cells() {
        return grid().stream().flatMap(row -> Arrays.stream(LessonState.values())
                .map(state -> Arguments.of(row.relation(), row.action(), state, row.allowed().get(state))));
    }

    @ParameterizedTest(name = "{0} {1} in {2}: {3}")
    @MethodSource("cells")
    void everyCell(Relation relation, Action action, LessonState state, boolean expected) {
        Decision decision = LessonPolicy.decide(relation.actor, action, lessonIn(state));

        assertThat(decision.allowed()).as("%s may %s a lesson that is %s", relation, action, state)
                .isEqualTo(expected);
        if (!expected) {
            assertThat(decision.reason()).as("the reason given").isNotBlank().endsWith(".");
        }
    }

    @Test
    void theGridHasEveryRelationAndActionExactlyOnce() {
        List<Row> rows = grid();
        Set<String> seen = new HashSet<>();
        for (Row row : rows) {
            assertThat(seen.add(row.relation() + "/" + row.action())).as("duplicate row %s %s", row.relation(),
                    row.action()).isTrue();
        }
        assertThat(rows).hasSize(Relation.values().length * Action.values().length);
    }

    @Test
    void allowedActionsAgreesWithDecide() {
        for (Relation relation : Relation.values()) {
            for (LessonState state : LessonState.values()) {
                Set<Action> allowed = LessonPolicy.allowedActions(relation.actor, lessonIn(state));
                for (Action action : Action.values()) {
                    assertThat(allowed.contains(action))
                            .isEqualTo(LessonPolicy.allows(relation.actor, action, lessonIn(state)));
                }
            }
        }
    }

    @Test
    void refusalsSayWhyInPlainEnglish() {
        LessonFacts inReview = lessonIn(LessonState.IN_REVIEW);
        LessonFacts approved = lessonIn(LessonState.APPROVED);
        assertThat(LessonPolicy.decide(Relation.SAME_ORG_REVIEWER.actor, Action.REVIEW, inReview).reason())
                .isEqualTo("Reviewers cannot review lessons from their own organisation.");
        assertThat(LessonPolicy.decide(Relation.AUTHOR.actor, Action.REVIEW, inReview).reason())
                .isEqualTo("You cannot review a lesson you wrote.");
        assertThat(LessonPolicy.decide(Relation.UNASSIGNED_REVIEWER.actor, Action.REVIEW, inReview).reason())
                .isEqualTo("You have not been asked to review this lesson.");
        assertThat(LessonPolicy.decide(Relation.PUBLISHER_WHO_REVIEWED.actor, Action.PUBLISH, approved).reason())
                .isEqualTo("You cannot publish a lesson you were asked to review: another publisher needs to check it.");
        assertThat(LessonPolicy.decide(Relation.COLLEAGUE.actor, Action.WITHDRAW, inReview).reason())
                .isEqualTo("Only the author can withdraw this lesson.");
        assertThat(LessonPolicy.decide(Relation.PUBLISHER.actor, Action.ARCHIVE, lessonIn(LessonState.PUBLISHED))
                .reason()).isEqualTo("Only an administrator can archive a lesson.");
    }

    @Test
    void aPublisherWhoWroteTheLessonCannotPublishIt() {
        Actor authorAndPublisher = Actor.member(AUTHOR_ID, HOME_ORG, Set.of(Roles.CONTRIBUTOR, Roles.PUBLISHER));
        Decision decision = LessonPolicy.decide(authorAndPublisher, Action.PUBLISH,
                lessonIn(LessonState.APPROVED));
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.reason()).isEqualTo("You cannot publish a lesson you wrote.");
    }

    @Test
    void aPublisherFromTheAuthorsOrganisationNeitherPublishesNorSendsBackNorOverrulesTheReviewers() {
        Actor colleagueWhoPublishes = Actor.member(21L, HOME_ORG, Set.of(Roles.PUBLISHER));

        assertThat(LessonPolicy.decide(colleagueWhoPublishes, Action.PUBLISH, lessonIn(LessonState.APPROVED))
                .reason()).isEqualTo("You cannot publish a lesson from your own organisation: another publisher "
                        + "needs to.");
        assertThat(LessonPolicy.decide(colleagueWhoPublishes, Action.SEND_BACK, lessonIn(LessonState.APPROVED))
                .reason()).isEqualTo("You cannot send back a lesson from your own organisation: another publisher "
                        + "needs to.");
        assertThat(LessonPolicy.decide(colleagueWhoPublishes, Action.OVERRIDE_DECLINE,
                lessonIn(LessonState.IN_REVIEW)).reason()).isEqualTo("You cannot overrule the reviewers of a lesson "
                        + "from your own organisation: another publisher needs to.");
        assertThat(LessonPolicy.allows(colleagueWhoPublishes, Action.VIEW, lessonIn(LessonState.APPROVED)))
                .as("they still see it, as every publisher does").isTrue();
    }

    @Test
    void aLessonNeverSubmittedIsSeenOnlyInItsOrganisationWhateverItsState() {
        Set<Relation> inside = Set.of(Relation.AUTHOR, Relation.COLLEAGUE, Relation.SAME_ORG_REVIEWER,
                Relation.SYSTEM);
        for (LessonState state : List.of(LessonState.DRAFT, LessonState.WITHDRAWN, LessonState.DECLINED,
                LessonState.SUBMITTED, LessonState.APPROVED)) {
            for (Relation relation : Relation.values()) {
                assertThat(LessonPolicy.allows(relation.actor, Action.VIEW, neverSubmitted(state)))
                        .as("%s sees a %s lesson never submitted", relation, state)
                        .isEqualTo(inside.contains(relation));
                assertThat(LessonPolicy.allows(relation.actor, Action.VIEW_HISTORY, neverSubmitted(state)))
                        .as("%s sees the history of a %s lesson never submitted", relation, state)
                        .isEqualTo(relation == Relation.AUTHOR || relation == Relation.SYSTEM);
            }
        }
        assertThat(LessonPolicy.decide(Relation.PUBLISHER.actor, Action.VIEW, neverSubmitted(LessonState.WITHDRAWN))
                .reason()).isEqualTo("Only people in the author's organisation can see a lesson that was never "
                        + "submitted.");
        assertThat(LessonPolicy.allowedActions(Relation.ADMIN.actor, neverSubmitted(LessonState.WITHDRAWN)))
                .isEmpty();
    }

    @Test
    void aWithdrawnLessonThatWasSubmittedStaysWithThoseWhoFollowedItsReview() {
        assertThat(LessonPolicy.allows(Relation.PUBLISHER.actor, Action.VIEW, lessonIn(LessonState.WITHDRAWN)))
                .isTrue();
        assertThat(LessonPolicy.allows(Relation.COLLEAGUE.actor, Action.VIEW, lessonIn(LessonState.WITHDRAWN)))
                .isFalse();
    }

    @Test
    void whenTheHistoryIsNotKnownAWithdrawnLessonCountsAsNeverSubmitted() {
        LessonFacts guessed = new LessonFacts(LessonState.WITHDRAWN, AUTHOR_ID, HOME_ORG, Set.of(), Set.of(),
                Set.of());
        assertThat(guessed.everSubmitted()).isFalse();
        assertThat(LessonPolicy.allows(Relation.ADMIN.actor, Action.VIEW, guessed)).isFalse();
        assertThat(new LessonFacts(LessonState.DECLINED, AUTHOR_ID, HOME_ORG, Set.of(), Set.of(), Set.of())
                .everSubmitted()).isTrue();
    }

    @Test
    void aReviewerWhoAlsoBelongsToTheAuthorsOrganisationNeverReviewsItWhicheverTheyActFor() {
        Actor actingForHome = Actor.member(11L, HOME_ORG, Set.of(200L), Set.of(Roles.REVIEWER));
        for (Actor twoOrganisations : List.of(Relation.TWO_ORG_REVIEWER.actor, actingForHome)) {
            Decision decision = LessonPolicy.decide(twoOrganisations, Action.REVIEW,
                    lessonIn(LessonState.IN_REVIEW));
            assertThat(decision.allowed()).isFalse();
            assertThat(decision.reason()).isEqualTo("Reviewers cannot review lessons from their own organisation.");
        }
        // drafts: those of the organisation they act for now
        assertThat(LessonPolicy.allows(actingForHome, Action.VIEW, lessonIn(LessonState.DRAFT))).isTrue();
        assertThat(LessonPolicy.allows(Relation.TWO_ORG_REVIEWER.actor, Action.VIEW, lessonIn(LessonState.DRAFT)))
                .isFalse();
    }

    @Test
    void onlyTheWorkflowConcludesAReview() {
        Decision decision = LessonPolicy.decide(Relation.ASSIGNED_REVIEWER.actor,
                Action.CONCLUDE_REVIEW, lessonIn(LessonState.IN_REVIEW));
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.reason()).isEqualTo("A review is concluded by the portal once every reviewer has sent "
                + "their review, not by one person.");
        assertThat(LessonPolicy.allows(Actor.SYSTEM, Action.CONCLUDE_REVIEW, lessonIn(LessonState.IN_REVIEW)))
                .isTrue();
    }

    @Test
    void importedLessonsHaveNoAuthorSoNobodyEditsOrWithdrawsThem() {
        LessonFacts imported = new LessonFacts(LessonState.PUBLISHED, null, HOME_ORG, Set.of(), Set.of(), Set.of(),
                false);
        for (Relation relation : Relation.values()) {
            assertThat(LessonPolicy.allows(relation.actor, Action.EDIT, imported)).isFalse();
            assertThat(LessonPolicy.allows(relation.actor, Action.WITHDRAW, imported)).isFalse();
            assertThat(LessonPolicy.allows(relation.actor, Action.VIEW, imported)).isTrue();
        }
    }
}
