package org.lessonsportal.domain.lesson;

import java.time.Instant;

/** A reviewer was taken off the lesson. */
public record ReviewerReleased(Long lessonId, Long reviewerId, int round, String reason, Instant occurredAt)
        implements LessonEvent {
}
