package org.lessonsportal.workflow.review;

import java.time.Duration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * A review was not sent in time: the reviewer is taken off the lesson (in the domain too) and told so; the review
 * then waits for a publisher to choose another reviewer (who are told by the new task).
 */
@Component("escalateReviewDelegate")
class EscalateReviewDelegate implements JavaDelegate {

    private final LessonService lessons;
    private final ReviewNotices notices;

    EscalateReviewDelegate(LessonService lessons, ReviewNotices notices) {
        this.lessons = lessons;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReviewVariables variables = ReviewVariables.of(execution);
        Long lessonId = variables.lessonId();
        Long reviewerId = variables.reviewerId();
        Duration after = variables.escalateAfter();
        lessons.releaseReviewer(lessonId, reviewerId, Actor.SYSTEM, LessonReviewProcess.OVERDUE + " ("
                + ReviewText.period(after) + "); passed to a publisher to reassign.");
        LessonDetails lesson = lessons.get(lessonId, Actor.SYSTEM);
        notices.escalatedFromReviewer(lesson, reviewerId, after);
    }
}
