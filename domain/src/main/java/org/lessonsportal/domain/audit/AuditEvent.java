package org.lessonsportal.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.lessonsportal.domain.shared.LessonRow;

/** One line of a lesson's audit trail. Written once, never changed. */
@Entity
@Table(name = "audit_event")
class AuditEvent extends LessonRow {

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "action", nullable = false, length = 60)
    private String action;

    @Column(name = "from_state", length = 30)
    private String fromState;

    @Column(name = "to_state", length = 30)
    private String toState;

    @Column(name = "round_number")
    private Integer round;

    @Column(name = "description", nullable = false, length = 500)
    private String description;

    @Column(name = "reason", length = 4000)
    private String reason;

    @Column(name = "api_client", length = 100)
    private String apiClient;

    protected AuditEvent() {
    }

    AuditEvent(AuditRecord record, Instant occurredAt) {
        super(record.lessonId());
        this.occurredAt = occurredAt;
        this.actorId = record.actorId();
        this.action = record.action();
        this.fromState = record.fromState();
        this.toState = record.toState();
        this.round = record.round();
        this.description = truncate(record.description(), 500);
        this.reason = truncate(record.reason(), 4000);
        this.apiClient = truncate(record.apiClient(), 100);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    AuditEntry toEntry() {
        return new AuditEntry(getId(), getLessonId(), occurredAt, actorId, action, fromState, toState, round, description,
                reason, apiClient);
    }
}
