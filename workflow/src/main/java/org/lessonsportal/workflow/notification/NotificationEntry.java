package org.lessonsportal.workflow.notification;

import jakarta.persistence.Column;
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
    static final int LINK_MAX = 200;

    @Column(name = "recipient_id", nullable = false)
    private Long recipientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private NotificationKind kind;

    @Column(nullable = false, length = MESSAGE_MAX)
    private String message;

    @Column(length = LINK_MAX)
    private String link;

    @Column(name = "lesson_id")
    private Long lessonId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
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
