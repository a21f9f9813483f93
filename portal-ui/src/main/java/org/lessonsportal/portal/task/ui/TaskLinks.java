package org.lessonsportal.portal.task.ui;

import org.lessonsportal.portal.base.ui.PortalRoutes;
import org.lessonsportal.workflow.review.ReviewTask;
import org.lessonsportal.workflow.review.TaskKind;

/** Where each review task is done, and what it asks in words, for every page that lists or links tasks. */
public final class TaskLinks {

    private TaskLinks() {
    }

    /** Where a task is done: the review or revise page, or the publish queue for publishers' tasks. */
    public static String forTask(ReviewTask task) {
        return switch (task.kind()) {
            case REVIEW -> PortalRoutes.review(task.id());
            case REVISE -> PortalRoutes.revise(task.id());
            default -> PortalRoutes.PUBLISH + "#task-" + task.id();
        };
    }

    /** What a task asks, in words: "Review this lesson". */
    public static String describe(TaskKind kind) {
        return switch (kind) {
            case REVIEW -> "Review this lesson";
            case REVISE -> "Revise the lesson and resubmit it";
            case PUBLISH -> "Publish this lesson or send it back";
            case ASSIGN_REVIEWERS -> "Choose reviewers";
            case DECIDE_DECLINE -> "Decide whether to decline this lesson";
            case REASSIGN -> "Choose another reviewer";
            case ADD_REVIEWER -> "Add a reviewer";
        };
    }
}
