package org.lessonsportal.workflow.review;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.lesson.LessonPolicy.Action;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.review.ReviewSubmission;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.domain.shared.FieldError;
import org.lessonsportal.domain.shared.NotAllowedException;
import org.lessonsportal.domain.shared.NotFoundException;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.shared.ValidationException;
import org.springframework.stereotype.Component;

/**
 * Finding an open task of the review and checking who may act on it: the checks every task query and action of
 * {@link ReviewTasks} shares (who holds the task, the lesson's policy, a publisher's claim), and the limits on reasons.
 */
@Component
@RequiredArgsConstructor
class TaskGuard {

    private final ReviewProcesses processes;
    private final LessonService lessons;
    private final OrganisationService organisations;
    private final TasksInHand inHand;

    /** An open task of the review with its kind and lesson. */
    record OpenTask(FoundTask task, TaskKind kind, Long lessonId) {
    }

    /**
     * The open task, which must be of one of the given kinds; held for the rest of the transaction, for the step's
     * event to complete ({@link TasksInHand}).
     */
    OpenTask require(String taskId, TaskKind... kinds) {
        FoundTask task = processes.task(taskId).orElseThrow(() -> new NotFoundException(ReviewTasks.TASK_GONE));
        TaskKind kind = TaskKind.ofActivity(task.definitionKey());
        if (!List.of(kinds).contains(kind)) {
            throw new DomainException("This is a \"" + kind.label() + "\" task, so it cannot be used for that.");
        }
        Long lessonId = task.lessonId();
        inHand.hold(lessonId, kind, task);
        return new OpenTask(task, kind, lessonId);
    }

    /** Reviews and revisions belong to one person. */
    void requireHolder(OpenTask open, Actor actor) {
        if (actor.isSystem() || !String.valueOf(actor.memberId()).equals(open.task().assignee())) {
            throw new NotAllowedException(open.kind() == TaskKind.REVIEW
                    ? "This review was given to someone else."
                    : "Only the author can revise this lesson.");
        }
    }

    /** Publishers' tasks: a publisher the policy lets act on the lesson, and not claimed by another publisher. */
    void requirePublisher(OpenTask open, Actor actor, boolean respectClaim) {
        if (actor.isSystem() || !actor.hasRole(Roles.PUBLISHER)) {
            throw new NotAllowedException("Only a publisher can do this.");
        }
        lessons.require(open.lessonId(), actor, open.kind() == TaskKind.PUBLISH ? Action.PUBLISH
                : Action.ASSIGN_REVIEWERS);
        String holder = open.task().assignee();
        if (respectClaim && holder != null && !holder.equals(String.valueOf(actor.memberId()))) {
            throw new NotAllowedException(organisations.memberName(Long.valueOf(holder))
                    + " is already working on this task.");
        }
    }

    /** A reason of at least a few characters and at most {@link ReviewTasks#REASON_MAX}, stripped. */
    static String requireReason(String reason, String message) {
        if (reason == null || reason.strip().length() < 5) {
            throw new ValidationException(List.of(new FieldError("reason", message)));
        }
        requireAtMost(reason, ReviewTasks.REASON_MAX);
        return reason.strip();
    }

    /** A reason over its limit is refused by its field, never cut. */
    static void requireAtMost(String reason, int max) {
        int length = reason == null ? 0 : ReviewSubmission.length(reason.strip());
        if (length > max) {
            throw new ValidationException(List.of(new FieldError("reason", String.format(java.util.Locale.UK,
                    "Keep the reason to %,d characters or fewer (it has %,d)", max, length))));
        }
    }
}
