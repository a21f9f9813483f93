package org.lessonsportal.domain.lesson;

import java.time.Instant;

/** The review concluded the lesson is ready; it waits for a publisher. */
public record LessonApproved(Long lessonId, int round, Long actorId, String note, Instant occurredAt)
        implements LessonEvent {
}
