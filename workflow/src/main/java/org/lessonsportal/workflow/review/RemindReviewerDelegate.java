package org.lessonsportal.workflow.review;

import java.time.Duration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.shared.Actor;
import org.springframework.stereotype.Component;

/** Reminds a reviewer whose review is still open after {@code lessons.review.reminder-after}. */
@Component("remindReviewerDelegate")
class RemindReviewerDelegate implements JavaDelegate {

    private final LessonService lessons;
    private final ReviewNotices notices;

    RemindReviewerDelegate(LessonService lessons, ReviewNotices notices) {
        this.lessons = lessons;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReviewVariables variables = ReviewVariables.of(execution);
        Long lessonId = variables.lessonId();
        Long reviewerId = variables.reviewerId();
        Duration untilEscalation = variables.escalateAfter().minus(variables.reminderAfter());
        notices.remindReviewer(lessons.get(lessonId, Actor.SYSTEM), reviewerId,
                untilEscalation.isNegative() || untilEscalation.isZero() ? Duration.ofDays(1) : untilEscalation);
    }
}
