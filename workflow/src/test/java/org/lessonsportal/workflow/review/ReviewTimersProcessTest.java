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

/** Reminders and escalation: the engine's clock is moved forward and the due timer jobs run. */
class ReviewTimersProcessTest extends ReviewProcessTestCase {

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aLateReviewerIsRemindedAfterFiveDaysAndTheReviewEscalatesToPublishersAfterTen() {
        Instant start = Instant.now();
        LessonDetails lesson = support.submitted(cast.alice());
        ProcessInstance process = support.process(lesson.id());
        List<Actor> reviewers = support.reviewers(lesson.id());
        assertThat(timers(process, LessonReviewProcess.REVIEW_REMINDER)).hasSize(2).allSatisfy(j ->
                assertThat(j.getDuedate().toInstant()).isCloseTo(start.plus(Duration.ofDays(5)),
                        within(2, ChronoUnit.MINUTES)));
        assertThat(timers(process, LessonReviewProcess.REVIEW_OVERDUE)).hasSize(2).allSatisfy(j ->
                assertThat(j.getDuedate().toInstant()).isCloseTo(start.plus(Duration.ofDays(10)),
                        within(2, ChronoUnit.MINUTES)));
        assertThat(support.openTask(reviewers.get(0), lesson.id(), TaskKind.REVIEW).dueAt())
                .isCloseTo(start.plus(Duration.ofDays(5)), within(2, ChronoUnit.MINUTES));

        // one reviewer sends the review on day 2; the other does nothing
        Actor prompt = reviewers.get(0);
        Actor late = reviewers.get(1);
        moveClockTo(start.plus(Duration.ofDays(2)));
        support.sendReview(prompt, lesson.id(), ReviewDecision.approve(null));
        support.runJobs(process.getId());

        moveClockTo(start.plus(Duration.ofDays(5)).plus(Duration.ofMinutes(5)));
        assertThat(support.runJobs(process.getId())).isEqualTo(1);
        assertThat(notifications.list(late.memberId(), 0, 10)).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.REMINDER);
            assertThat(n.message()).contains("5 days");
        });
        assertThat(notifications.list(prompt.memberId(), 0, 10)).extracting(Notification::kind)
                .doesNotContain(NotificationKind.REMINDER);
        assertThat(process).isWaitingAt(LessonReviewProcess.REVIEW_LESSON);
        assertThat(support.task(lesson.id(), TaskKind.REVIEW).getAssignee()).isEqualTo(
                String.valueOf(late.memberId()));

        moveClockTo(start.plus(Duration.ofDays(10)).plus(Duration.ofMinutes(5)));
        support.runJobs(process.getId());
        assertThat(process).isWaitingAt(LessonReviewProcess.REASSIGN_REVIEWER)
                .hasPassed(LessonReviewProcess.REVIEW_OVERDUE);
        assertThat(support.tasks(lesson.id(), TaskKind.REVIEW)).isEmpty();
        assertThat(lessons.reviewers(lesson.id(), Actor.SYSTEM)).filteredOn(a -> a.memberId().equals(
                late.memberId())).singleElement().extracting(AssignedReviewer::isActive).isEqualTo(false);
        assertThat(notifications.list(late.memberId(), 0, 10)).extracting(Notification::kind)
                .contains(NotificationKind.ESCALATION);
        assertThat(notifications.list(cast.pat().memberId(), 0, 10)).anySatisfy(n -> {
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
    void durationsComeFromConfigurationWhenTheReviewStarts() {
        Duration reminder = settings.getReminderAfter();
        Duration escalation = settings.getEscalateAfter();
        settings.setReminderAfter(Duration.ofMinutes(2));
        settings.setEscalateAfter(Duration.ofMinutes(4));
        Instant start = Instant.now();
        LessonDetails lesson;
        try {
            lesson = support.submitted(cast.alice());
        } finally {
            settings.setReminderAfter(reminder);
            settings.setEscalateAfter(escalation);
        }
        ProcessInstance process = support.process(lesson.id());
        assertThat(timers(process, LessonReviewProcess.REVIEW_REMINDER)).allSatisfy(j -> assertThat(
                j.getDuedate().toInstant()).isCloseTo(start.plus(Duration.ofMinutes(2)), within(1, ChronoUnit.MINUTES)));
        assertThat(timers(process, LessonReviewProcess.REVIEW_OVERDUE)).allSatisfy(j -> assertThat(
                j.getDuedate().toInstant()).isCloseTo(start.plus(Duration.ofMinutes(4)), within(1, ChronoUnit.MINUTES)));
    }

    private List<Job> timers(ProcessInstance process, String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(process.getId()).timers()
                .activityId(activityId).list();
    }

    private static void moveClockTo(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }
}
