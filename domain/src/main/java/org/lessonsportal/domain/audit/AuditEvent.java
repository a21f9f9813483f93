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

    private Instant occurredAt;
    private Long actorId;
    private String action;
    private String fromState;
    private String toState;

    @Column(name = "round_number")
    private Integer round;

    private String description;
    private String reason;
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
