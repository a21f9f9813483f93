package org.lessonsportal.workflow.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * A review was not sent in time: the reviewer is taken off the lesson (in the domain too) and told so; the review
 * then waits for a publisher to choose another reviewer (who are told by the new task).
 */
@Component("escalateReviewDelegate")
class EscalateReviewDelegate extends LessonNoticeDelegate {

    EscalateReviewDelegate(LessonService lessons, ReviewNotices notices) {
        super(lessons, (lesson, variables) -> notices.escalatedFromReviewer(lesson, variables.reviewerId(),
                variables.escalateAfter()));
    }

    /** Takes the reviewer off the lesson first; the lesson they are told about is the one without them. */
    @Override
    public void execute(DelegateExecution execution) {
        ReviewVariables variables = ReviewVariables.of(execution);
        lessons.releaseReviewer(variables.lessonId(), variables.reviewerId(), Actor.SYSTEM,
                LessonReviewProcess.OVERDUE + " (" + ReviewText.period(variables.escalateAfter())
                        + "); passed to a publisher to reassign.");
        super.execute(execution);
    }
}
