package org.lessonsportal.workflow.review;

import java.time.Duration;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * What happens when a reviewer is late: a reminder, and later the review taken off them. Done by {@link DueReviews}
 * for processes of the current version and by the timers of processes started on the first version.
 */
@Component
@RequiredArgsConstructor
class ReviewDeadlines {

    private final LessonService lessons;
    private final ReviewNotices notices;

    /** Reminds the reviewer that their review is still open. */
    void remind(Long lessonId, Long reviewerId, Duration reminderAfter, Duration escalateAfter) {
        notices.remindReviewer(lessons.summary(lessonId, Actor.SYSTEM), reviewerId,
                untilEscalation(reminderAfter, escalateAfter));
    }

    /**
     * Takes the reviewer off the lesson (in the domain) and tells them; the lesson they are told about is the one
     * without them. The caller moves the process on to "Choose another reviewer".
     */
    void takeOff(Long lessonId, Long reviewerId, Duration escalateAfter) {
        lessons.releaseReviewer(lessonId, reviewerId, Actor.SYSTEM, LessonReviewProcess.OVERDUE + " ("
                + ReviewText.period(escalateAfter) + "); passed to a publisher to reassign.");
        notices.escalatedFromReviewer(lessons.summary(lessonId, Actor.SYSTEM), reviewerId, escalateAfter);
    }

    /** What is left of the reviewer's time after the reminder; a day where the periods leave none. */
    private static Duration untilEscalation(Duration reminderAfter, Duration escalateAfter) {
        Duration left = escalateAfter.minus(reminderAfter);
        return left.isNegative() || left.isZero() ? Duration.ofDays(1) : left;
    }
}
