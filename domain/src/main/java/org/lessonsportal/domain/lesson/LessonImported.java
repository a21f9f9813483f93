package org.lessonsportal.domain.lesson;

import java.time.Instant;

/**
 * An exchange file created ({@code created}) or updated a published lesson. Imported lessons skip review, so no
 * {@link LessonPublished} is sent for them: listeners that index published lessons should listen to both.
 */
public record LessonImported(Long lessonId, String externalId, boolean created, Instant occurredAt)
        implements LessonEvent {
}
