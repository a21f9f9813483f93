package org.lessonsportal.workflow.review;

import java.time.Instant;

/**
 * A task past its due date, for administrators.
 *
 * @param assigneeName who has it, or {@code null} while it waits for any publisher
 */
public record OverdueTask(String taskId, TaskKind kind, Long lessonId, String lessonTitle, Long assigneeId,
        String assigneeName, Instant createdAt, Instant dueAt) {
}
