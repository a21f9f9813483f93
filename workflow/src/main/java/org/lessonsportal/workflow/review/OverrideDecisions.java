package org.lessonsportal.workflow.review;

import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.TaskService;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.review.DeclineOverride;
import org.lessonsportal.domain.review.DeclineOverrideService;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.workflow.review.TaskGuard.OpenTask;
import org.springframework.stereotype.Component;

/**
 * Overruling the reviewers' recommendation to decline, for {@link ReviewTasks}: one publisher proposes to approve,
 * a different one confirms (four eyes), on the same "decide" task.
 */
@Component
@RequiredArgsConstructor
class OverrideDecisions {

    private final TaskService tasks;
    private final LessonService lessons;
    private final DeclineOverrideService overrides;
    private final ReviewNotices notices;
    private final TaskGuard guard;
    private final ReviewTransaction transaction;

    LessonDetails propose(String taskId, Actor actor, String reason) {
        return transaction.run(() -> {
            OpenTask open = guard.require(taskId, TaskKind.DECIDE_DECLINE);
            guard.requirePublisher(open, actor, true);
            overrides.propose(open.lessonId(), actor, reason);
            tasks.setAssignee(taskId, null);
            LessonDetails lesson = lessons.get(open.lessonId(), actor);
            notices.overrideProposed(lesson.summary(), actor.memberId());
            return lesson;
        });
    }

    LessonDetails confirm(String taskId, Actor actor) {
        return transaction.run(() -> {
            OpenTask open = guard.require(taskId, TaskKind.DECIDE_DECLINE);
            guard.requirePublisher(open, actor, true);
            LessonDetails approved = overrides.confirm(open.lessonId(), actor);
            tasks.complete(taskId);
            return approved;
        });
    }

    Optional<DeclineOverride> pending(String taskId, Actor actor) {
        return transaction.run(() -> {
            OpenTask open = guard.require(taskId, TaskKind.DECIDE_DECLINE);
            return overrides.pending(open.lessonId(), actor);
        });
    }
}
