package org.lessonsportal.workflow.review;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.lesson.LessonState;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.FieldError;
import org.lessonsportal.domain.shared.NotAllowedException;
import org.lessonsportal.domain.shared.NotFoundException;
import org.lessonsportal.domain.shared.ValidationException;
import org.lessonsportal.workflow.review.TaskGuard.OpenTask;
import org.springframework.stereotype.Component;

/**
 * A publisher choosing who reviews, for {@link ReviewTasks}: the reviewers of a "choose reviewers" task, and another
 * reviewer for an open review, a "choose another reviewer" task or an "add a reviewer" task (an open place). Every
 * reviewer must pass {@link ReviewerSelection#refusal}.
 */
@Component
@RequiredArgsConstructor
class ReviewerChoices {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final ReviewerSelection selection;
    private final LessonService lessons;
    private final TaskGuard guard;
    private final ReviewTransaction transaction;

    void assignReviewers(String taskId, Actor actor, List<Long> reviewerIds) {
        transaction.run(() -> {
            OpenTask open = guard.require(taskId, TaskKind.ASSIGN_REVIEWERS);
            guard.requirePublisher(open, actor, true);
            Long lessonId = open.lessonId();
            Set<Long> chosen = new LinkedHashSet<>(reviewerIds == null ? List.of() : reviewerIds);
            chosen.remove(null);
            for (Long reviewerId : chosen) {
                requireEligible(lessonId, reviewerId);
                lessons.assignReviewer(lessonId, reviewerId, actor);
            }
            LessonDetails lesson = lessons.get(lessonId, actor);
            boolean anyone = lessons.reviewers(lessonId, actor).stream()
                    .anyMatch(a -> a.isActive() && a.round() == lesson.round());
            if (!anyone) {
                throw new ValidationException(List.of(new FieldError("reviewers", "Choose at least one reviewer")));
            }
            if (lesson.state() == LessonState.SUBMITTED) {
                lessons.startReview(lessonId, actor);
            }
            tasks.complete(taskId);
        });
    }

    void reassign(String taskId, Actor actor, Long reviewerId, String reason) {
        if (reviewerId == null) {
            throw new ValidationException(List.of(new FieldError("reviewer", "Choose a reviewer")));
        }
        TaskGuard.requireAtMost(reason, ReviewTasks.REASSIGN_REASON_MAX);
        transaction.run(() -> {
            OpenTask open = guard.require(taskId, TaskKind.REVIEW, TaskKind.REASSIGN, TaskKind.ADD_REVIEWER);
            guard.requirePublisher(open, actor, open.kind() != TaskKind.REVIEW);
            Long lessonId = open.lessonId();
            requireEligible(lessonId, reviewerId);
            if (open.kind() == TaskKind.REVIEW) {
                Long previous = Long.valueOf(open.task().assignee());
                lessons.releaseReviewer(lessonId, previous, actor,
                        reason == null || reason.isBlank() ? "Reassigned by a publisher" : reason);
                lessons.assignReviewer(lessonId, reviewerId, actor);
                tasks.setVariables(taskId, ReviewVariables.reviewer(reviewerId));
                startAgain(open.task());
            } else {
                lessons.assignReviewer(lessonId, reviewerId, actor);
                tasks.complete(taskId, ReviewVariables.reviewer(reviewerId));
            }
        });
    }

    /**
     * The review task starts again in its branch of the round, for the reviewer its {@code reviewerId} now names: the
     * old task is cancelled (its "task ended" listener settles its requests) and a new one made (its "task created"
     * listener tells the new reviewer; reminders and escalation count from now). Done by modifying the process
     * instance, so the task needs no boundary event; reviews started on a version that has one are moved the same
     * way (docs/adr/0069).
     */
    private void startAgain(FoundTask task) {
        ActivityInstance review = Arrays.stream(runtime.getActivityInstance(task.processInstanceId())
                        .getActivityInstances(LessonReviewProcess.REVIEW_LESSON))
                .filter(instance -> Arrays.asList(instance.getExecutionIds()).contains(task.executionId()))
                .findFirst().orElseThrow(() -> new NotFoundException(ReviewTasks.TASK_GONE));
        runtime.createProcessInstanceModification(task.processInstanceId())
                .startBeforeActivity(LessonReviewProcess.REVIEW_LESSON, review.getParentActivityInstanceId())
                .cancelActivityInstance(review.getId())
                .execute();
    }

    private void requireEligible(Long lessonId, Long reviewerId) {
        selection.refusal(lessonId, reviewerId).ifPresent(why -> {
            throw new NotAllowedException(why);
        });
    }
}
