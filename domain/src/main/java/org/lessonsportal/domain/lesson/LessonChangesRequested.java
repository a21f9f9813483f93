package org.lessonsportal.domain.lesson;

import java.time.Instant;

/** The review concluded that the author should make changes; the lesson is back with the author. */
public record LessonChangesRequested(Long lessonId, int round, Long actorId, String reason, Instant occurredAt)
        implements LessonEvent {
}
