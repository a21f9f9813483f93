package org.lessonsportal.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
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
 * Reminders and escalation: the engine's clock is moved forward and the periodic check of due reviews runs (the
 * author's reminder is still a timer job).
 */
class ReviewTimersProcessTest extends ReviewProcessTestCase {

    @Autowired
    DueReviews dueReviews;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aLateReviewerIsRemindedOnceAfterFiveDaysAndTheReviewEscalatesToPublishersAfterTen() {
        Instant start = Instant.now();
        LessonDetails lesson = support.submitted(cast.alice());
        ProcessInstance process = support.process(lesson.id());
        List<Actor> reviewers = support.reviewers(lesson.id());
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(process.getId()).timers().list())
                .as("reminders and escalation are the periodic check's, not timers").isEmpty();
        assertThat(support.openTask(reviewers.get(0), lesson.id(), TaskKind.REVIEW).dueAt())
                .isCloseTo(start.plus(Duration.ofDays(5)), within(2, ChronoUnit.MINUTES));

        // one reviewer sends the review on day 2; the other does nothing
        Actor prompt = reviewers.get(0);
        Actor late = reviewers.get(1);
        moveClockTo(start.plus(Duration.ofDays(2)));
        support.sendReview(prompt, lesson.id(), ReviewDecision.approve(null));
        support.runJobs(process.getId());

        moveClockTo(start.plus(Duration.ofDays(5)).minus(Duration.ofMinutes(5)));
        assertThat(dueReviews.check()).isTrue();
        assertThat(kinds(late, lesson.id())).as("not yet").doesNotContain(NotificationKind.REMINDER);

        moveClockTo(start.plus(Duration.ofDays(5)).plus(Duration.ofMinutes(5)));
        dueReviews.check();
        moveClockTo(start.plus(Duration.ofDays(6)));
        dueReviews.check();
        assertThat(about(late, lesson.id())).filteredOn(n -> n.kind() == NotificationKind.REMINDER)
                .as("reminded once").singleElement().satisfies(n -> assertThat(n.message()).contains("5 days"));
        assertThat(kinds(prompt, lesson.id())).doesNotContain(NotificationKind.REMINDER);
        assertThat(process).isWaitingAt(LessonReviewProcess.REVIEW_LESSON);
        assertThat(support.task(lesson.id(), TaskKind.REVIEW).getAssignee()).isEqualTo(
                String.valueOf(late.memberId()));

        moveClockTo(start.plus(Duration.ofDays(10)).plus(Duration.ofMinutes(5)));
        dueReviews.check();
        dueReviews.check();
        support.runJobs(process.getId());
        assertThat(process).isWaitingAt(LessonReviewProcess.REASSIGN_REVIEWER);
        assertThat(support.tasks(lesson.id(), TaskKind.REVIEW)).isEmpty();
        assertThat(lessons.reviewers(lesson.id(), Actor.SYSTEM)).filteredOn(a -> a.memberId().equals(
                late.memberId())).singleElement().extracting(AssignedReviewer::isActive).isEqualTo(false);
        assertThat(kinds(late, lesson.id())).as("escalated once").containsOnlyOnce(NotificationKind.ESCALATION);
        assertThat(about(late, lesson.id())).as("the requests to review are settled").filteredOn(n -> !n.isRead())
                .extracting(Notification::kind).containsExactly(NotificationKind.ESCALATION);
        assertThat(about(cast.pat(), lesson.id())).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.ESCALATION);
            assertThat(n.message()).contains("did not finish reviewing");
        });

        // the publisher may give it back to the same reviewer (for more time) or to someone else
        ReviewTask reassign = support.openTask(cast.pat(), lesson.id(), TaskKind.REASSIGN);
        assertThat(reviewTasks.eligibleReviewers(lesson.id(), cast.pat())).extracting(EligibleReviewer::memberId)
                .contains(late.memberId()).doesNotContain(prompt.memberId());
        reviewTasks.reassign(reassign.id(), cast.pat(), late.memberId(), null);
        assertThat(process).isWaitingAt(LessonReviewProcess.REVIEW_LESSON);
        support.sendReview(late, lesson.id(), ReviewDecision.approve("Sorry for the delay."));
        support.runJobs(process.getId());
        assertThat(process).isWaitingAt(LessonReviewProcess.PUBLISH_LESSON);
    }

    @Test
    void anAuthorWhoHasNotResubmittedIsReminded() {
        LessonDetails lesson = support.submitted(cast.alice());
        ProcessInstance process = support.process(lesson.id());
        support.review(lesson.id(), support.reviewers(lesson.id()),
                ReviewDecision.requestChanges("Please add the costs.", null));
        assertThat(process).isWaitingAt(LessonReviewProcess.REVISE_LESSON);
        assertThat(timers(process, LessonReviewProcess.REVISION_REMINDER)).singleElement().satisfies(j ->
                assertThat(j.getDuedate().toInstant()).isCloseTo(Instant.now().plus(Duration.ofDays(7)),
                        within(2, ChronoUnit.MINUTES)));

        moveClockTo(Instant.now().plus(Duration.ofDays(7)).plus(Duration.ofMinutes(5)));
        support.runJobs(process.getId());

        assertThat(process).isWaitingAt(LessonReviewProcess.REVISE_LESSON).hasPassed(
                LessonReviewProcess.REVISION_REMINDER);
        assertThat(notifications.list(cast.alice().memberId(), 0, 10)).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.REMINDER);
            assertThat(n.message()).contains("waiting for your changes");
        });
    }

    @Test
    void theCheckUsesThePeriodsConfiguredNow() {
        Instant start = Instant.now();
        LessonDetails lesson = support.submitted(cast.alice());
        ProcessInstance process = support.process(lesson.id());
        Actor reviewer = support.reviewers(lesson.id()).get(0);
        Duration reminder = settings.getReminderAfter();
        Duration escalation = settings.getEscalateAfter();
        settings.setReminderAfter(Duration.ofDays(1));
        settings.setEscalateAfter(Duration.ofDays(2));
        try {
            moveClockTo(start.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(5)));
            dueReviews.check();
            assertThat(about(reviewer, lesson.id())).anySatisfy(n -> {
                assertThat(n.kind()).isEqualTo(NotificationKind.REMINDER);
                assertThat(n.message()).contains("1 day");
            });
            moveClockTo(start.plus(Duration.ofDays(2)).plus(Duration.ofMinutes(5)));
            dueReviews.check();
        } finally {
            settings.setReminderAfter(reminder);
            settings.setEscalateAfter(escalation);
        }
        support.runJobs(process.getId());
        assertThat(process).isWaitingAt(LessonReviewProcess.REASSIGN_REVIEWER);
        assertThat(support.tasks(lesson.id(), TaskKind.REASSIGN)).hasSize(2);
    }

    /** What the member was told about the lesson (the demo's people review other tests' lessons too). */
    private List<Notification> about(Actor member, Long lessonId) {
        return notifications.list(member.memberId(), 0, Notifications.PAGE_MAX).stream().filter(n -> lessonId.equals(n.lessonId()))
                .toList();
    }

    private List<NotificationKind> kinds(Actor member, Long lessonId) {
        return about(member, lessonId).stream().map(Notification::kind).toList();
    }

    private List<Job> timers(ProcessInstance process, String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(process.getId()).timers()
                .activityId(activityId).list();
    }

    private static void moveClockTo(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }
}
