package org.lessonsportal.domain.audit;

import java.util.Objects;

/**
 * What to write in the audit trail: who did what to which lesson, and why.
 *
 * @param actorId     the member who acted, or {@code null} when the portal itself did (workflow, command-line import)
 * @param action      a stable code, e.g. {@code lesson.submitted}, {@code review.recorded}
 * @param fromState   the state before, for a change of state
 * @param toState     the state after, for a change of state
 * @param round       the submission round it concerns, if any
 * @param description what happened, in plain English ("Submitted for review (round 2)")
 * @param reason      why, in the words of the person who acted, if they gave one
 * @param apiClient   the API client that acted (its client id), when a program did through the API; then
 *                    {@code actorId} is {@code null}
 */
public record AuditRecord(Long lessonId, Long actorId, String action, String fromState, String toState,
        Integer round, String description, String reason, String apiClient) {

    public AuditRecord {
        Objects.requireNonNull(lessonId, "lessonId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(description, "description");
        if (actorId != null && apiClient != null) {
            throw new IllegalArgumentException("Either a member or an API client acted, not both");
        }
    }

    /** What a member (or, with {@code actorId} {@code null}, the portal itself) did. */
    public AuditRecord(Long lessonId, Long actorId, String action, String fromState, String toState, Integer round,
            String description, String reason) {
        this(lessonId, actorId, action, fromState, toState, round, description, reason, null);
    }
}
