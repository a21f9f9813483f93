package org.lessonsportal.workflow.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.lessonsportal.domain.shared.GeneratedIdRow;

/** How a {@link Notification} is stored: one row of {@code notification} (migration V100). */
@Entity
@Table(name = "notification")
class NotificationEntry extends GeneratedIdRow {

    static final int MESSAGE_MAX = 1000;

    private Long recipientId;

    @Enumerated(EnumType.STRING)
    private NotificationKind kind;

    private String message;
    private String link;
    private Long lessonId;
    private Instant createdAt;
    private Instant readAt;

    protected NotificationEntry() {
    }

    NotificationEntry(Long recipientId, NotificationKind kind, String message, String link, Long lessonId,
            Instant now) {
        this.recipientId = recipientId;
        this.kind = kind;
        this.message = message;
        this.link = link;
        this.lessonId = lessonId;
        this.createdAt = now;
    }

    boolean markRead(Instant now) {
        if (readAt != null) {
            return false;
        }
        readAt = now;
        return true;
    }

    Long recipientId() {
        return recipientId;
    }

    NotificationKind kind() {
        return kind;
    }

    Notification toView() {
        return new Notification(getId(), recipientId, kind, message, link, lessonId, createdAt, readAt);
    }
}
