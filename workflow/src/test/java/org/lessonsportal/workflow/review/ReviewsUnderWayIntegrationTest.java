package org.lessonsportal.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.AssignedReviewer;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.NotAllowedException;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.shared.ValidationException;
import org.lessonsportal.domain.taxonomy.Setting;
import org.lessonsportal.workflow.review.ReviewUnderWay.OpenReview;

/**
 * Publishers see the reviews under way (lessons in review with the reviews not sent yet) and give one to another
 * eligible reviewer. The database is shared with other tests, so assertions pick out this test's lessons.
 */
class ReviewsUnderWayIntegrationTest extends ReviewProcessTestCase {

    @Test
    void publishersSeeEachLessonInReviewWithItsOpenReviews() {
        Instant before = Instant.now().minusSeconds(5);
        LessonDetails first = support.submitted(cast.alice());
        LessonDetails second = support.submitted(cast.alice());
        List<Actor> reviewers = support.reviewers(first.id());
        assertThat(reviewers).hasSize(2);

        List<ReviewUnderWay> underWay = reviewTasks.reviewsUnderWay(cast.pat());

        assertThat(underWay).extracting(ReviewUnderWay::lessonId).containsSubsequence(first.id(), second.id());
        ReviewUnderWay lesson = of(underWay, first.id());
        assertThat(lesson.lessonTitle()).isEqualTo(first.title());
        assertThat(lesson.organisationName()).isEqualTo("Northshire Hospitals NHS Foundation Trust");
        assertThat(lesson.round()).isEqualTo(1);
        assertThat(lesson.openReviews()).extracting(OpenReview::reviewerId)
                .containsExactlyInAnyOrderElementsOf(reviewers.stream().map(Actor::memberId).toList());
        for (OpenReview review : lesson.openReviews()) {
            Actor reviewer = organisations.actor(review.reviewerId());
            assertThat(review.taskId()).isEqualTo(support.openTask(reviewer, first.id(), TaskKind.REVIEW).id());
            assertThat(review.reviewerName()).isEqualTo(organisations.getMember(reviewer.memberId()).name());
            assertThat(review.reviewerOrganisationName())
                    .isEqualTo(organisations.get(reviewer.organisationId()).name())
                    .isNotEqualTo(lesson.organisationName());
            assertThat(review.since()).isAfter(before).isBeforeOrEqualTo(Instant.now());
            assertThat(review.dueAt()).isAfter(review.since());
            assertThat(review.isOverdue(Instant.now())).isFalse();
            assertThat(review.round()).isEqualTo(1);
        }

        // a review once sent is no longer under way; once all are sent, the lesson leaves the list
        support.review(first.id(), List.of(reviewers.get(0)), ReviewDecision.approve(null));
        assertThat(of(reviewTasks.reviewsUnderWay(cast.pat()), first.id()).openReviews())
                .extracting(OpenReview::reviewerId).containsExactly(reviewers.get(1).memberId());
        support.review(first.id(), List.of(reviewers.get(1)), ReviewDecision.approve(null));
        assertThat(reviewTasks.reviewsUnderWay(cast.pat())).extracting(ReviewUnderWay::lessonId)
                .doesNotContain(first.id()).contains(second.id());
    }

    @Test
    void onlyPublishersWhoMayChooseTheReviewersSeeThem() {
        Actor quinn = support.signIn("quinn", "Quinn Publisher-Reviewer", support.newOrganisation(Setting.COMMUNITY),
                Roles.REVIEWER, Roles.PUBLISHER);
        LessonDetails lesson = submittedWithReviewers(List.of(quinn, cast.carol()));

        assertThat(reviewTasks.reviewsUnderWay(cast.pat())).extracting(ReviewUnderWay::lessonId)
                .contains(lesson.id());
        assertThat(reviewTasks.reviewsUnderWay(quinn)).extracting(ReviewUnderWay::lessonId)
                .doesNotContain(lesson.id());
        for (Actor notPublisher : List.of(cast.alice(), cast.carol(), Actor.SYSTEM)) {
            assertThatThrownBy(() -> reviewTasks.reviewsUnderWay(notPublisher))
                    .isInstanceOf(NotAllowedException.class)
                    .hasMessage("Only a publisher can see the reviews under way.");
        }
    }

    @Test
    void aPublisherGivesAnOpenReviewToAnotherEligibleReviewer() {
        LessonDetails lesson = support.submitted(cast.alice());
        List<Actor> reviewers = support.reviewers(lesson.id());
        Actor away = reviewers.get(0);
        Actor staying = reviewers.get(1);
        Actor dave = support.signIn("dave", "Dave Reviewer", support.newOrganisation(Setting.COMMUNITY),
                Roles.REVIEWER);
        OpenReview review = of(reviewTasks.reviewsUnderWay(cast.pat()), lesson.id()).openReviews().stream()
                .filter(r -> r.reviewerId().equals(away.memberId())).findFirst().orElseThrow();

        // refusals, in plain English, that change nothing
        assertThatThrownBy(() -> reviewTasks.reassign(review.taskId(), cast.pat(), cast.rita().memberId(), null))
                .isInstanceOf(NotAllowedException.class)
                .hasMessage("Rita Reviewer works for the organisation that wrote this lesson, so they cannot review it.");
        assertThatThrownBy(() -> reviewTasks.reassign(review.taskId(), cast.pat(), away.memberId(), null))
                .isInstanceOf(NotAllowedException.class).hasMessageEndingWith("is already reviewing this lesson.");
        assertThatThrownBy(() -> reviewTasks.reassign(review.taskId(), cast.pat(), staying.memberId(), null))
                .isInstanceOf(NotAllowedException.class).hasMessageEndingWith("is already reviewing this lesson.");
        assertThatThrownBy(() -> reviewTasks.reassign(review.taskId(), cast.pat(), cast.alice().memberId(), null))
                .isInstanceOf(NotAllowedException.class)
                .hasMessage("Alice Author wrote this lesson, so they cannot review it.");
        assertThatThrownBy(() -> reviewTasks.reassign(review.taskId(), cast.pat(), null, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Choose a reviewer");
        assertThatThrownBy(() -> reviewTasks.reassign(review.taskId(), cast.pat(), dave.memberId(), "x".repeat(
                ReviewTasks.REASSIGN_REASON_MAX + 1))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Keep the reason to 1,000 characters or fewer");
        for (Actor notPublisher : List.of(cast.alice(), staying, away)) {
            assertThatThrownBy(() -> reviewTasks.reassign(review.taskId(), notPublisher, dave.memberId(), null))
                    .isInstanceOf(NotAllowedException.class).hasMessage("Only a publisher can do this.");
        }
        assertThat(of(reviewTasks.reviewsUnderWay(cast.pat()), lesson.id()).openReviews())
                .extracting(OpenReview::reviewerId)
                .containsExactlyInAnyOrder(away.memberId(), staying.memberId());

        reviewTasks.reassign(review.taskId(), cast.pat(), dave.memberId(), "On leave until next month.");

        ReviewUnderWay after = of(reviewTasks.reviewsUnderWay(cast.pat()), lesson.id());
        assertThat(after.openReviews()).extracting(OpenReview::reviewerId)
                .containsExactlyInAnyOrder(staying.memberId(), dave.memberId());
        OpenReview daves = after.openReviews().stream().filter(r -> r.reviewerId().equals(dave.memberId()))
                .findFirst().orElseThrow();
        assertThat(daves.reviewerName()).isEqualTo("Dave Reviewer");
        assertThat(daves.taskId()).isNotEqualTo(review.taskId());
        assertThat(daves.since()).isAfterOrEqualTo(review.since());
        assertThat(support.openTask(dave, lesson.id(), TaskKind.REVIEW).id()).isEqualTo(daves.taskId());
        assertThat(reviewTasks.openTasks(away)).noneMatch(t -> t.lessonId().equals(lesson.id()));
        assertThat(lessons.reviewers(lesson.id(), Actor.SYSTEM)).filteredOn(a -> a.memberId().equals(
                away.memberId())).singleElement().satisfies(a -> {
                    assertThat(a.isActive()).isFalse();
                    assertThat(a.releaseReason()).isEqualTo("On leave until next month.");
                });
        assertThat(lessons.reviewers(lesson.id(), Actor.SYSTEM)).filteredOn(AssignedReviewer::isActive)
                .extracting(AssignedReviewer::memberId)
                .containsExactlyInAnyOrder(staying.memberId(), dave.memberId());

        // the old task is gone; the new reviewer's review counts
        assertThatThrownBy(() -> reviewTasks.reassign(review.taskId(), cast.pat(), dave.memberId(), null))
                .isInstanceOf(org.lessonsportal.domain.shared.NotFoundException.class);
        support.review(lesson.id(), List.of(staying, dave), ReviewDecision.approve(null));
        assertThat(support.process(lesson.id())).isWaitingAt(LessonReviewProcess.PUBLISH_LESSON);
    }

    private static ReviewUnderWay of(List<ReviewUnderWay> underWay, Long lessonId) {
        return underWay.stream().filter(r -> r.lessonId().equals(lessonId)).findFirst()
                .orElseThrow(() -> new AssertionError("Lesson " + lessonId + " is not under way: " + underWay));
    }

    /** A lesson by alice that a publisher gave to the chosen reviewers (nobody is picked automatically). */
    private LessonDetails submittedWithReviewers(List<Actor> chosen) {
        LessonDetails lesson = submittedForAPublisherToChooseReviewers();
        patChoosesReviewers(lesson, chosen);
        support.runJobs(support.process(lesson.id()).getId());
        return lesson;
    }
}
