package org.lessonsportal.domain.lesson;

import java.time.Instant;

/** The review concluded the lesson will not be published. */
public record LessonDeclined(Long lessonId, int round, Long actorId, String reason, Instant occurredAt)
        implements LessonEvent {
}
