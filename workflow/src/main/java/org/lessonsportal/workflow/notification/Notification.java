package org.lessonsportal.workflow.notification;

import java.time.Instant;

/**
 * A notification as the recipient sees it.
 *
 * @param message what happened, in plain English
 * @param link    a path inside the portal to go to, relative to its root (e.g. {@code lessons/42}), or {@code null}
 * @param lessonId the lesson it is about, or {@code null}
 * @param readAt  when the recipient marked it read, or {@code null} while unread
 */
public record Notification(Long id, Long recipientId, NotificationKind kind, String message, String link,
        Long lessonId, Instant createdAt, Instant readAt) {

    public boolean isRead() {
        return readAt != null;
    }
}
