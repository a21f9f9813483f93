package org.lessonsportal.workflow.review;

import java.time.Instant;

/**
 * An open task in the review of a lesson, as a task list shows it.
 *
 * @param id               the task's id; pass it back to {@link ReviewTasks}
 * @param organisationName the name of the organisation that wrote the lesson
 * @param round            the lesson's current submission round
 * @param dueAt            when it is expected to be done, or {@code null}
 * @param assigneeId       who has the task: the reviewer or author, or the publisher who claimed it; {@code null}
 *                         while a publishers' task is unclaimed
 * @param assigneeName     that person's name, or {@code null}
 */
public record ReviewTask(String id, TaskKind kind, Long lessonId, String lessonTitle, String organisationName,
        int round, Instant createdAt, Instant dueAt, Long assigneeId, String assigneeName) {

    /** Whether it is past its due date at {@code now}. */
    public boolean isOverdue(Instant now) {
        return dueAt != null && dueAt.isBefore(now);
    }
}
