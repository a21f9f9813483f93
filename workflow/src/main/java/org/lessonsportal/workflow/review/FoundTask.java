package org.lessonsportal.workflow.review;

import java.time.Instant;

/**
 * An open task of a lesson's review as {@link TaskGuard} and the task lists find it: what the checks, the step and
 * the lists need (its kind, assignee, process, execution and times) and its lesson, the business key of its process
 * (docs/adr/0070).
 */
record FoundTask(String id, String definitionKey, String assignee, String processInstanceId, String executionId,
        Long lessonId, Instant createdAt, Instant dueAt) {
}
