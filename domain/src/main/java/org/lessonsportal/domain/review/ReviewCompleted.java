package org.lessonsportal.domain.review;

import java.time.Instant;
import org.lessonsportal.domain.lesson.LessonEvent;

/**
 * A reviewer recorded their review of a round. The lesson's state does not change by itself: the review workflow
 * listens, gathers the round's reviews and concludes it ({@code LessonService.requestChanges/approve/decline}).
 */
public record ReviewCompleted(Long reviewId, Long lessonId, int round, Long reviewerId, ReviewDecision decision,
        Instant occurredAt) implements LessonEvent {
}
