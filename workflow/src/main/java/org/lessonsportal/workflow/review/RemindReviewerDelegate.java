package org.lessonsportal.workflow.review;

import java.time.Duration;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonService;
import org.springframework.stereotype.Component;

/** Reminds a reviewer whose review is still open after {@code lessons.review.reminder-after}. */
@Component("remindReviewerDelegate")
class RemindReviewerDelegate extends LessonNoticeDelegate {

    RemindReviewerDelegate(LessonService lessons, ReviewNotices notices) {
        super(lessons, notices);
    }

    @Override
    void tell(LessonDetails lesson, ReviewVariables variables) {
        Duration untilEscalation = variables.escalateAfter().minus(variables.reminderAfter());
        notices.remindReviewer(lesson, variables.reviewerId(),
                untilEscalation.isNegative() || untilEscalation.isZero() ? Duration.ofDays(1) : untilEscalation);
    }
}
