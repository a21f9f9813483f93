package org.lessonsportal.workflow.review;

import java.time.Instant;
import java.util.List;

/**
 * A lesson whose reviewers are at work, as publishers see it: the reviews of its current round not sent yet, so a
 * publisher can give one to another reviewer ({@link ReviewTasks#reassign}).
 *
 * @param organisationName the name of the organisation that wrote the lesson
 * @param round            the lesson's current submission round, which every open review is of
 * @param openReviews      the reviews not sent yet, the longest waiting first
 */
public record ReviewUnderWay(Long lessonId, String lessonTitle, String organisationName, int round,
        List<OpenReview> openReviews) {

    public ReviewUnderWay {
        openReviews = List.copyOf(openReviews);
    }

    /**
     * One reviewer's review, not sent yet.
     *
     * @param taskId                   the review task's id; pass it to {@link ReviewTasks#reassign}
     * @param reviewerOrganisationName the reviewer's organisation, or {@code null} if they no longer have one
     * @param since                    when the review was given to this reviewer
     * @param dueAt                    when it is expected, or {@code null}
     * @param round                    the round under review (the lesson's current round)
     */
    public record OpenReview(String taskId, Long reviewerId, String reviewerName, String reviewerOrganisationName,
            Instant since, Instant dueAt, int round) {

        /** Whether it is past its due date at {@code now}. */
        public boolean isOverdue(Instant now) {
            return dueAt != null && dueAt.isBefore(now);
        }
    }
}
