package org.lessonsportal.domain.lesson;

import java.time.Instant;
import java.time.LocalDate;

/** A publisher published the lesson: every signed-in member can now find it. */
public record LessonPublished(Long lessonId, Long publisherId, LocalDate publishedOn, Instant occurredAt)
        implements LessonEvent {
}
