package org.lessonsportal.domain.audit;

import java.time.Instant;

/** A line of a lesson's audit trail, as written. See {@link AuditRecord} for the meaning of each part. */
public record AuditEntry(Long id, Long lessonId, Instant occurredAt, Long actorId, String action, String fromState,
        String toState, Integer round, String description, String reason, String apiClient) {

    /** Whether the portal itself acted (the workflow or a command-line import), not a member or an API client. */
    public boolean bySystem() {
        return actorId == null && apiClient == null;
    }
}
