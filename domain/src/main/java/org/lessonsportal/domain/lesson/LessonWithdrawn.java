package org.lessonsportal.domain.lesson;

import java.time.Instant;

/** The author withdrew the lesson before publication; {@code from} is where it was. */
public record LessonWithdrawn(Long lessonId, Long authorId, LessonState from, String reason, Instant occurredAt)
        implements LessonEvent {
}
