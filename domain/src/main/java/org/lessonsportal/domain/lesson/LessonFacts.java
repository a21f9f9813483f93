package org.lessonsportal.domain.lesson;

import java.util.Objects;
import java.util.Set;

/**
 * What {@link LessonPolicy} needs to know about a lesson: its state, who wrote it, for which organisation, and who
 * has been asked to review it.
 *
 * @param authorId            the author's member id; {@code null} for imported lessons
 * @param currentReviewerIds  reviewers assigned to the current round and not released
 * @param reviewerIds         reviewers assigned to any round and not released (they may follow the lesson)
 * @param everAssignedIds     everyone ever assigned as a reviewer, released or not (a publisher among them is
 *                            conflicted)
 */
public record LessonFacts(LessonState state, Long authorId, Long organisationId, Set<Long> currentReviewerIds,
        Set<Long> reviewerIds, Set<Long> everAssignedIds) {

    public LessonFacts {
        Objects.requireNonNull(state, "state");
        currentReviewerIds = currentReviewerIds == null ? Set.of() : Set.copyOf(currentReviewerIds);
        reviewerIds = reviewerIds == null ? Set.of() : Set.copyOf(reviewerIds);
        everAssignedIds = everAssignedIds == null ? Set.of() : Set.copyOf(everAssignedIds);
    }
}
