package org.lessonsportal.domain.review;

import java.time.Instant;

/**
 * A proposal to approve a lesson although its reviewers recommended declining it, and its confirmation by a second
 * publisher ({@link DeclineOverrideService}).
 *
 * @param round       the round whose reviewers recommended declining
 * @param proposedBy  the publisher who proposed it
 * @param reason      why, in the proposer's words
 * @param confirmedBy the other publisher who confirmed it; {@code null} while it waits for one
 */
public record DeclineOverride(Long lessonId, int round, Long proposedBy, Instant proposedAt, String reason,
        Long confirmedBy, Instant confirmedAt) {

    public boolean isConfirmed() {
        return confirmedBy != null;
    }
}
