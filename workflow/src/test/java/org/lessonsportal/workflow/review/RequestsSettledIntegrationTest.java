package org.lessonsportal.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.workflow.notification.NotificationKind;
import org.lessonsportal.workflow.notification.Notifications;

/** A notification that asked for work stops counting as unread, for everyone it was sent to, once the work is done. */
class RequestsSettledIntegrationTest extends ReviewProcessTestCase {

    @Test
    void requestsStopBeingUnreadWhenTheirWorkIsDone() {
        Actor paula = support.signIn("paula", "Paula Publisher", ReviewTestSupport.NORTHSHIRE_ICB,
                Roles.CONTRIBUTOR, Roles.PUBLISHER);
        LessonDetails lesson = submittedForAPublisherToChooseReviewers();
        assertThat(unread(cast.pat(), lesson, NotificationKind.ESCALATION)).isEqualTo(1);
        assertThat(unread(paula, lesson, NotificationKind.ESCALATION)).isEqualTo(1);
        long patUnread = notifications.unreadCount(cast.pat().memberId());

        patChoosesReviewers(lesson, List.of(cast.bob(), cast.carol()));

        assertThat(unread(cast.pat(), lesson, NotificationKind.ESCALATION)).as("pat chose the reviewers").isZero();
        assertThat(unread(paula, lesson, NotificationKind.ESCALATION)).as("paula was asked too").isZero();
        assertThat(notifications.unreadCount(cast.pat().memberId())).isEqualTo(patUnread - 1);
        assertThat(unread(cast.bob(), lesson, NotificationKind.REVIEW_ASSIGNED)).isEqualTo(1);
        assertThat(unread(cast.carol(), lesson, NotificationKind.REVIEW_ASSIGNED)).isEqualTo(1);

        support.sendReview(cast.bob(), lesson.id(),
                ReviewDecision.requestChanges("Say how long the pilot ran.", Map.of()));
        assertThat(unread(cast.bob(), lesson, NotificationKind.REVIEW_ASSIGNED)).as("bob sent his review").isZero();
        assertThat(unread(cast.carol(), lesson, NotificationKind.REVIEW_ASSIGNED)).as("carol has not").isEqualTo(1);
        assertThat(notifications.list(cast.bob().memberId(), 0, 10)).filteredOn(n -> lesson.id().equals(n.lessonId()))
                .as("settled, not deleted").hasSize(1);

        support.review(lesson.id(), List.of(cast.carol()), ReviewDecision.approve(null));
        assertThat(unread(cast.carol(), lesson, NotificationKind.REVIEW_ASSIGNED)).isZero();
        assertThat(unread(cast.alice(), lesson, NotificationKind.CHANGES_REQUESTED)).isEqualTo(1);

        ReviewTask revise = support.openTask(cast.alice(), lesson.id(), TaskKind.REVISE);
        reviewTasks.resubmit(revise.id(), cast.alice(), lessons.get(lesson.id(), cast.alice()).version());
        support.runJobs(support.processId(lesson.id()));
        assertThat(unread(cast.alice(), lesson, NotificationKind.CHANGES_REQUESTED)).as("alice resubmitted").isZero();
        List<Actor> round2 = support.reviewers(lesson.id());
        assertThat(round2).isNotEmpty().allSatisfy(reviewer ->
                assertThat(unread(reviewer, lesson, NotificationKind.REVIEW_ASSIGNED)).isEqualTo(1));

        reviewTasks.withdraw(lesson.id(), cast.alice(), "We are rewriting it.");
        assertThat(round2).as("a withdrawn lesson needs no review").allSatisfy(reviewer ->
                assertThat(unread(reviewer, lesson, NotificationKind.REVIEW_ASSIGNED)).isZero());
    }

    private long unread(Actor person, LessonDetails lesson, NotificationKind kind) {
        return notifications.list(person.memberId(), 0, Notifications.PAGE_MAX).stream()
                .filter(n -> lesson.id().equals(n.lessonId()) && n.kind() == kind && !n.isRead()).count();
    }
}
