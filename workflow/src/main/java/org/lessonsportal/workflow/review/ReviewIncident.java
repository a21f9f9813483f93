package org.lessonsportal.workflow.review;

import java.time.Instant;

/**
 * An automatic step of a review that failed after all its retries, for administrators.
 *
 * @param lessonId     the lesson, or {@code null} if the process is not a lesson's review
 * @param activityName the step, in words ("Assign reviewers")
 * @param message      the error, as the engine recorded it
 * @param retryable    whether {@link ReviewOperations#retry} can run the step again
 */
public record ReviewIncident(String incidentId, Long lessonId, String lessonTitle, String activityId,
        String activityName, String message, Instant occurredAt, boolean retryable) {
}
