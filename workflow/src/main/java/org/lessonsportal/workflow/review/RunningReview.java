package org.lessonsportal.workflow.review;

import java.time.Instant;
import java.util.List;
import org.lessonsportal.domain.lesson.LessonState;

/**
 * A lesson whose review is under way, for administrators.
 *
 * @param startedAt when the review process started (first submission)
 * @param openTasks its open tasks; empty while the engine is working on an automatic step
 */
public record RunningReview(Long lessonId, String title, LessonState state, int round, Instant startedAt,
        List<TaskSummary> openTasks) {

    public RunningReview {
        openTasks = List.copyOf(openTasks);
    }

    /**
     * An open task, as administrators see it.
     *
     * @param assigneeName who has it, or {@code null} while it waits for any publisher
     */
    public record TaskSummary(String taskId, TaskKind kind, Long assigneeId, String assigneeName, Instant createdAt,
            Instant dueAt) {

        public boolean isOverdue(Instant now) {
            return dueAt != null && dueAt.isBefore(now);
        }
    }
}
