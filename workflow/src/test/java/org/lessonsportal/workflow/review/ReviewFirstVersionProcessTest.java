package org.lessonsportal.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.AssignedReviewer;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.workflow.notification.Notification;
import org.lessonsportal.workflow.notification.NotificationKind;
import org.lessonsportal.workflow.notification.Notifications;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A review started on the process's first version (reminder and escalation timers on each review task, the periods
 * copied into its variables) still finishes: its own timers remind and escalate, the periodic check leaves it alone
 * (docs/adr/0065). The first version is deployed for the test and the current one deployed again after it.
 */
class ReviewFirstVersionProcessTest extends ReviewProcessTestCase {

    @Autowired
    DueReviews dueReviews;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aReviewOfTheFirstVersionIsRemindedAndEscalatedByItsOwnTimers() {
        Instant start = Instant.now();
        ProcessInstance process = startedOnTheFirstVersion(support.draft(cast.alice()));
        Long lessonId = Long.valueOf(process.getBusinessKey());
        List<Actor> reviewers = support.reviewers(lessonId);
        assertThat(reviewers).hasSize(2);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(process.getId()).timers().count())
                .isEqualTo(4);

        moveClockTo(start.plus(Duration.ofDays(5)).plus(Duration.ofMinutes(5)));
        dueReviews.check();
        assertThat(reviewers).allSatisfy(r -> assertThat(kinds(r, lessonId)).as("the check leaves it alone")
                .doesNotContain(NotificationKind.REMINDER));
        assertThat(support.runJobs(process.getId())).isEqualTo(2);
        assertThat(reviewers).allSatisfy(r -> assertThat(kinds(r, lessonId)).containsOnlyOnce(NotificationKind.REMINDER));

        moveClockTo(start.plus(Duration.ofDays(10)).plus(Duration.ofMinutes(5)));
        dueReviews.check();
        support.runJobs(process.getId());
        assertThat(process).hasPassed(LessonReviewProcess.REVIEW_REMINDER, "reviewOverdue")
                .isWaitingAt(LessonReviewProcess.REASSIGN_REVIEWER);
        assertThat(reviewers).allSatisfy(r -> assertThat(kinds(r, lessonId)).containsOnlyOnce(NotificationKind.ESCALATION));
        assertThat(lessons.reviewers(lessonId, Actor.SYSTEM)).noneMatch(AssignedReviewer::isActive);

        // a publisher gives the reviews back; the review finishes on the first version
        for (Actor reviewer : reviewers) {
            String reassign = support.tasks(lessonId, TaskKind.REASSIGN).get(0).getId();
            reviewTasks.reassign(reassign, cast.pat(), reviewer.memberId(), null);
            support.sendReview(reviewer, lessonId, ReviewDecision.approve(null));
            support.runJobs(process.getId());
        }
        assertThat(process).isWaitingAt(LessonReviewProcess.PUBLISH_LESSON);
    }

    /** Submits the draft while the first version is the newest, with the periods that version copied in. */
    private ProcessInstance startedOnTheFirstVersion(LessonDetails draft) {
        ProcessInstance process = support.submittedOnModel("bpmn-first-version/lesson-review.bpmn", draft,
                cast.alice());
        engine.getRuntimeService().setVariables(process.getId(), Map.of(
                LessonReviewProcess.REMINDER_AFTER, "P5D",
                LessonReviewProcess.ESCALATE_AFTER, "P10D",
                LessonReviewProcess.REVISE_REMINDER_AFTER, "P7D"));
        support.runJobs(process.getId());
        return process;
    }

    /** What the member was told about the lesson (the demo's people review other tests' lessons too). */
    private List<Notification> about(Actor member, Long lessonId) {
        return notifications.list(member.memberId(), 0, Notifications.PAGE_MAX).stream().filter(n -> lessonId.equals(n.lessonId()))
                .toList();
    }

    private List<NotificationKind> kinds(Actor member, Long lessonId) {
        return about(member, lessonId).stream().map(Notification::kind).toList();
    }

    private static void moveClockTo(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }
}
