package org.lessonsportal.domain.lesson;

import java.time.Instant;

/** An author started a new lesson. */
public record LessonDraftCreated(Long lessonId, Long authorId, Long organisationId, Instant occurredAt)
        implements LessonEvent {
}
