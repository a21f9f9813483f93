package org.lessonsportal.domain.lesson;

import java.time.Instant;

/** An administrator retired a published lesson as out of date. */
public record LessonArchived(Long lessonId, Long adminId, String reason, Instant occurredAt) implements LessonEvent {
}
