package org.lessonsportal.domain.lesson;

import java.util.Objects;
import java.util.Set;

/**
 * What {@link LessonPolicy} needs to know about a lesson: its state, who wrote it, for which organisation, who has
 * been asked to review it, and whether it ever left its organisation (was ever submitted).
 *
 * @param authorId            the author's member id; {@code null} for imported lessons
 * @param currentReviewerIds  reviewers assigned to the current round and not released
 * @param reviewerIds         reviewers assigned to any round and not released (they may follow the lesson)
 * @param everAssignedIds     everyone ever assigned as a reviewer, released or not (a publisher among them is
 *                            conflicted)
 * @param everSubmitted       whether the lesson was ever submitted for review (it has a submission round); one never
 *                            submitted stays within its organisation whatever its state, since nobody outside it ever
 *                            had it and the patient-data check never passed on it
 */
public record LessonFacts(LessonState state, Long authorId, Long organisationId, Set<Long> currentReviewerIds,
        Set<Long> reviewerIds, Set<Long> everAssignedIds, boolean everSubmitted) {

    public LessonFacts {
        Objects.requireNonNull(state, "state");
        currentReviewerIds = currentReviewerIds == null ? Set.of() : Set.copyOf(currentReviewerIds);
        reviewerIds = reviewerIds == null ? Set.of() : Set.copyOf(reviewerIds);
        everAssignedIds = everAssignedIds == null ? Set.of() : Set.copyOf(everAssignedIds);
    }

    /**
     * Facts for a lesson whose submission history is not known, guessed safely from its state: a draft or a withdrawn
     * lesson counts as never submitted (kept within its organisation); any other state means it was.
     */
    public LessonFacts(LessonState state, Long authorId, Long organisationId, Set<Long> currentReviewerIds,
            Set<Long> reviewerIds, Set<Long> everAssignedIds) {
        this(state, authorId, organisationId, currentReviewerIds, reviewerIds, everAssignedIds,
                state != LessonState.DRAFT && state != LessonState.WITHDRAWN);
    }
}
