package org.lessonsportal.domain.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.audit.AuditEntry;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonState;
import org.lessonsportal.domain.lesson.LessonStateException;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.domain.shared.NotAllowedException;
import org.lessonsportal.domain.shared.NotFoundException;
import org.lessonsportal.domain.shared.ValidationException;
import org.lessonsportal.testsupport.LessonTestCase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringBootTest
@RecordApplicationEvents
class ReviewServiceIntegrationTest extends LessonTestCase {

    @Autowired
    ReviewService reviews;

    @Autowired
    ApplicationEvents events;

    private static ReviewSubmission changes(String comment) {
        return new ReviewSubmission(ReviewDecision.REQUEST_CHANGES, comment,
                List.of(new SectionComment("outcomes", "How did you measure the fall in paper use?"),
                        new SectionComment("challenges", "Challenge 2 needs a resolution date.")),
                false, null);
    }

    @Test
    void anAssignedReviewerRecordsTheirReviewOncePerRound() {
        LessonDetails lesson = data.inReview(cast.author(), cast.reviewer(), cast.secondReviewer());

        ReviewRecord review = reviews.recordReview(lesson.id(), cast.reviewer(), changes("Nearly there."));

        assertThat(review.round()).isEqualTo(1);
        assertThat(review.decision()).isEqualTo(ReviewDecision.REQUEST_CHANGES);
        assertThat(review.sectionComments()).extracting(SectionComment::section).containsExactly("outcomes",
                "challenges");
        assertThat(events.stream(ReviewCompleted.class)).singleElement().satisfies(e -> {
            assertThat(e.lessonId()).isEqualTo(lesson.id());
            assertThat(e.reviewerId()).isEqualTo(cast.reviewer().memberId());
            assertThat(e.decision()).isEqualTo(ReviewDecision.REQUEST_CHANGES);
        });
        assertThat(lessons.get(lesson.id(), cast.author()).state()).as("the workflow concludes, not the review")
                .isEqualTo(LessonState.IN_REVIEW);
        assertThatThrownBy(() -> reviews.recordReview(lesson.id(), cast.reviewer(), changes("Again.")))
                .isInstanceOf(DomainException.class)
                .hasMessage("You have already sent your review of round 1 of this lesson.");
        assertThat(lessons.auditTrail(lesson.id(), cast.author())).extracting(AuditEntry::action)
                .contains("review.recorded");
    }

    @Test
    void theProcessAsksWhetherEachReviewerHasSentTheirReviewOfTheCurrentRound() {
        LessonDetails lesson = data.inReview(cast.author(), cast.reviewer(), cast.secondReviewer());
        reviews.recordReview(lesson.id(), cast.reviewer(), changes("Nearly there."));

        assertThat(reviews.hasReviewedCurrentRound(lesson.id(), cast.reviewer().memberId())).isTrue();
        assertThat(reviews.hasReviewedCurrentRound(lesson.id(), cast.secondReviewer().memberId())).isFalse();

        lessons.requestChanges(lesson.id(), Actor.SYSTEM, "The reviewer asked for changes.");
        LessonDetails back = lessons.get(lesson.id(), cast.author());
        lessons.resubmit(lesson.id(), cast.author(), back.version());
        assertThat(reviews.hasReviewedCurrentRound(lesson.id(), cast.reviewer().memberId()))
                .as("a new round: their review of round 1 does not count").isFalse();
    }

    @Test
    void theProcessReadsTheDecisionsOfOneRoundToConcludeIt() {
        LessonDetails lesson = data.inReview(cast.author(), cast.reviewer(), cast.secondReviewer());
        assertThat(reviews.decisionsOf(lesson.id(), 1)).isEmpty();

        reviews.recordReview(lesson.id(), cast.reviewer(), changes("Nearly there."));
        reviews.recordReview(lesson.id(), cast.secondReviewer(),
                new ReviewSubmission(ReviewDecision.APPROVE, null, List.of(), false, null));

        assertThat(reviews.decisionsOf(lesson.id(), 1))
                .containsExactlyInAnyOrder(ReviewDecision.REQUEST_CHANGES, ReviewDecision.APPROVE);
        assertThat(reviews.decisionsOf(lesson.id(), 2)).as("another round").isEmpty();
    }

    @Test
    void onlyAssignedReviewersFromOtherOrganisationsReviewWhileTheLessonIsInReview() {
        LessonDetails lesson = data.inReview(cast.author(), cast.reviewer());
        ReviewSubmission approve = new ReviewSubmission(ReviewDecision.APPROVE, null, List.of(), false, null);

        assertThatThrownBy(() -> reviews.recordReview(lesson.id(), cast.secondReviewer(), approve))
                .as("an unassigned reviewer cannot even see it").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reviews.recordReview(lesson.id(), cast.author(), approve))
                .isInstanceOf(NotAllowedException.class).hasMessage("You cannot review a lesson you wrote.");
        assertThatThrownBy(() -> reviews.recordReview(lesson.id(), cast.publisher(), approve))
                .isInstanceOf(NotAllowedException.class).hasMessage("Only reviewers can review lessons.");

        LessonDetails submitted = data.submitted(cast.author());
        lessons.assignReviewer(submitted.id(), cast.reviewer().memberId(), Actor.SYSTEM);
        assertThatThrownBy(() -> reviews.recordReview(submitted.id(), cast.reviewer(), approve))
                .isInstanceOf(LessonStateException.class)
                .hasMessage("This lesson is waiting for reviewers, so it cannot be reviewed yet.");
    }

    @Test
    void aReviewMustBeCompleteAndDeclareCompetingInterests() {
        LessonDetails lesson = data.inReview(cast.author(), cast.reviewer());

        assertThatThrownBy(() -> reviews.recordReview(lesson.id(), cast.reviewer(),
                new ReviewSubmission(null, null, List.of(new SectionComment("budget", "Unknown section")), null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.messagesFor("decision"))
                            .containsExactly("Choose whether to approve, ask for changes or decline");
                    assertThat(e.messagesFor("sectionComments[0]"))
                            .containsExactly("Choose which section of the lesson this comment is about");
                    assertThat(e.messagesFor("hasCompetingInterests"))
                            .containsExactly("Say whether you have any competing interests");
                });
        assertThatThrownBy(() -> reviews.recordReview(lesson.id(), cast.reviewer(),
                new ReviewSubmission(ReviewDecision.DECLINE, " ", List.of(), true, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.messagesFor("comment")).containsExactly("Explain why the lesson should be declined");
                    assertThat(e.messagesFor("competingInterestsDetails"))
                            .containsExactly("Describe your competing interests");
                });

        ReviewRecord declared = reviews.recordReview(lesson.id(), cast.reviewer(), new ReviewSubmission(
                ReviewDecision.APPROVE, null, List.of(), true, "I advised the supplier in 2022."));
        assertThat(declared.hasCompetingInterests()).isTrue();
        assertThat(declared.competingInterestsDetails()).isEqualTo("I advised the supplier in 2022.");
    }

    @Test
    void historyShowsEveryRoundAndItsDecisions() {
        LessonDetails lesson = data.inReview(cast.author(), cast.reviewer());
        reviews.recordReview(lesson.id(), cast.reviewer(), changes("Please expand the outcomes."));
        lessons.requestChanges(lesson.id(), Actor.SYSTEM, "The reviewer asked for changes.");
        LessonDetails back = lessons.get(lesson.id(), cast.author());
        LessonDetails saved = lessons.saveDraft(lesson.id(), cast.author(), back.content().toBuilder()
                .outcomes("Paper use fell by 80% in six months, measured by monthly audits.").build(), back.version());
        lessons.resubmit(lesson.id(), cast.author(), saved.version());
        reviews.recordReview(lesson.id(), cast.reviewer(), new ReviewSubmission(ReviewDecision.APPROVE, "Thanks.",
                List.of(), false, null));

        List<ReviewRecord> history = reviews.reviewsOf(lesson.id(), cast.author());

        assertThat(history).extracting(ReviewRecord::round, ReviewRecord::decision).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, ReviewDecision.REQUEST_CHANGES),
                org.assertj.core.groups.Tuple.tuple(2, ReviewDecision.APPROVE));
        assertThat(reviews.reviewsOf(lesson.id(), cast.publisher(), 2)).hasSize(1);
        assertThat(lessons.compareRounds(lesson.id(), cast.reviewer(), 1, 2)).singleElement()
                .satisfies(change -> assertThat(change.field()).isEqualTo("outcomes"));
        assertThatThrownBy(() -> reviews.reviewsOf(lesson.id(), cast.colleague()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aReviewerSeesNoOtherReviewOfTheRoundUntilTheyHaveSentTheirs() {
        LessonDetails lesson = data.inReview(cast.author(), cast.reviewer(), cast.secondReviewer());
        reviews.recordReview(lesson.id(), cast.reviewer(), changes("The outcomes need numbers."));

        assertThat(reviews.reviewsOf(lesson.id(), cast.secondReviewer())).as("B has not sent theirs yet").isEmpty();
        assertThat(reviews.reviewsOf(lesson.id(), cast.secondReviewer(), 1)).isEmpty();
        assertThat(lessons.auditTrail(lesson.id(), cast.secondReviewer())).as("not through the history either")
                .extracting(AuditEntry::action).doesNotContain("review.recorded").contains("review.started");
        assertThat(lessons.blindRound(lesson.id(), cast.secondReviewer())).contains(1);
        assertThat(reviews.reviewsOf(lesson.id(), cast.reviewer())).as("A sees their own")
                .extracting(ReviewRecord::reviewerId).containsExactly(cast.reviewer().memberId());
        assertThat(reviews.reviewsOf(lesson.id(), cast.publisher())).as("the publisher sees all").hasSize(1);
        assertThat(lessons.auditTrail(lesson.id(), cast.publisher())).extracting(AuditEntry::action)
                .contains("review.recorded");
        assertThat(reviews.reviewsOf(lesson.id(), cast.author())).hasSize(1);

        reviews.recordReview(lesson.id(), cast.secondReviewer(), new ReviewSubmission(ReviewDecision.APPROVE, null,
                List.of(), false, null));

        assertThat(reviews.reviewsOf(lesson.id(), cast.secondReviewer())).as("once B has sent theirs")
                .extracting(ReviewRecord::reviewerId)
                .containsExactlyInAnyOrder(cast.reviewer().memberId(), cast.secondReviewer().memberId());
        assertThat(lessons.auditTrail(lesson.id(), cast.secondReviewer())).extracting(AuditEntry::action)
                .filteredOn("review.recorded"::equals).hasSize(2);
        assertThat(lessons.blindRound(lesson.id(), cast.secondReviewer())).isEmpty();
    }

    @Test
    void earlierRoundsAreOpenOnceOverButTheNewRoundIsBlindAgain() {
        LessonDetails lesson = data.inReview(cast.author(), cast.reviewer(), cast.secondReviewer());
        reviews.recordReview(lesson.id(), cast.reviewer(), changes("Round 1, from A."));
        reviews.recordReview(lesson.id(), cast.secondReviewer(), changes("Round 1, from B."));
        lessons.requestChanges(lesson.id(), Actor.SYSTEM, "The reviewers asked for changes.");
        LessonDetails back = lessons.get(lesson.id(), cast.author());
        lessons.resubmit(lesson.id(), cast.author(), back.version());
        reviews.recordReview(lesson.id(), cast.reviewer(), changes("Round 2, from A."));

        assertThat(reviews.reviewsOf(lesson.id(), cast.secondReviewer()))
                .as("round 1 is over; A's review of round 2 waits until B has sent theirs")
                .extracting(ReviewRecord::round, ReviewRecord::reviewerId).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(1, cast.reviewer().memberId()),
                        org.assertj.core.groups.Tuple.tuple(1, cast.secondReviewer().memberId()));
        assertThat(reviews.reviewsOf(lesson.id(), cast.publisher(), 2)).hasSize(1);
    }
}
