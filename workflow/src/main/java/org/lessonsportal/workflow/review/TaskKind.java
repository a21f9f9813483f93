package org.lessonsportal.workflow.review;

import java.util.Arrays;
import lombok.RequiredArgsConstructor;

/** What a task asks its person to do. */
@RequiredArgsConstructor
public enum TaskKind {
    /** A reviewer reviews the lesson's current round (declaring any competing interest first). */
    REVIEW(LessonReviewProcess.REVIEW_LESSON, "Review"),
    /** The author changes the lesson after the review asked for changes, and resubmits it. */
    REVISE(LessonReviewProcess.REVISE_LESSON, "Revise"),
    /** A publisher publishes the approved lesson or sends it back to the author. */
    PUBLISH(LessonReviewProcess.PUBLISH_LESSON, "Publish"),
    /** A publisher chooses reviewers, because not enough eligible reviewers were found automatically. */
    ASSIGN_REVIEWERS(LessonReviewProcess.CHOOSE_REVIEWERS, "Choose reviewers"),
    /** A publisher decides on a lesson the reviewers recommended declining: decline it or override them. */
    DECIDE_DECLINE(LessonReviewProcess.DECIDE_DECLINE, "Decide"),
    /** A publisher chooses another reviewer, because one declared a competing interest or did not finish. */
    REASSIGN(LessonReviewProcess.REASSIGN_REVIEWER, "Choose another reviewer"),
    /**
     * A publisher adds a reviewer to a round that started with fewer than it needs: the reviewers found were asked at
     * once, and this place waits for someone else ({@code ReviewTasks.reviewerShortfall} says why).
     */
    ADD_REVIEWER(LessonReviewProcess.ADD_REVIEWER, "Add a reviewer");

    private final String activityId;
    private final String label;

    /** The kind in plain words, for people. */
    public String label() {
        return label;
    }

    /** Whether publishers (rather than one named person) do this task. */
    public boolean forPublishers() {
        return this != REVIEW && this != REVISE;
    }

    String activityId() {
        return activityId;
    }

    static TaskKind ofActivity(String activityId) {
        return Arrays.stream(values()).filter(k -> k.activityId.equals(activityId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a task of the review: " + activityId));
    }
}
