package org.lessonsportal.domain.lesson;

import java.time.Instant;

/** A reviewer was asked to review the current round. {@code assignedBy} is {@code null} when the workflow did it. */
public record ReviewerAssigned(Long lessonId, Long reviewerId, int round, Long assignedBy, Instant occurredAt)
        implements LessonEvent {
}
