package org.lessonsportal.domain.lesson;

import java.time.Instant;

/**
 * A reviewer's assignment to a round of a lesson.
 *
 * @param assignedBy the member who assigned them, or {@code null} when the workflow did
 * @param releasedAt when they were taken off the lesson, or {@code null} while still assigned
 */
public record AssignedReviewer(Long memberId, int round, Instant assignedAt, Long assignedBy, Instant releasedAt,
        String releaseReason) {

    public boolean isActive() {
        return releasedAt == null;
    }
}
