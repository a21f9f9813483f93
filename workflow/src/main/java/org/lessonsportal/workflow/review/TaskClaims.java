package org.lessonsportal.workflow.review;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.TaskService;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.workflow.review.TaskGuard.OpenTask;
import org.springframework.stereotype.Component;

/** Claiming a task and giving it back, for {@link ReviewTasks}. */
@Component
@RequiredArgsConstructor
class TaskClaims {

    private final TaskService tasks;
    private final TaskGuard guard;
    private final ReviewTransaction transaction;

    void claim(String taskId, Actor actor) {
        transaction.run(() -> {
            OpenTask open = guard.require(taskId, TaskKind.values());
            if (!open.kind().forPublishers()) {
                guard.requireHolder(open, actor);
                return;
            }
            guard.requirePublisher(open, actor, true);
            if (open.task().assignee() == null) {
                tasks.claim(taskId, String.valueOf(actor.memberId()));
            }
        });
    }

    void unclaim(String taskId, Actor actor) {
        transaction.run(() -> {
            OpenTask open = guard.require(taskId, TaskKind.PUBLISH, TaskKind.ASSIGN_REVIEWERS,
                    TaskKind.DECIDE_DECLINE, TaskKind.REASSIGN, TaskKind.ADD_REVIEWER);
            guard.requirePublisher(open, actor, true);
            tasks.setAssignee(taskId, null);
        });
    }
}
