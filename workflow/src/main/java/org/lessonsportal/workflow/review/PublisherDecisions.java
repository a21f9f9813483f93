package org.lessonsportal.workflow.review;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.TaskService;
import org.lessonsportal.domain.audit.AuditRecord;
import org.lessonsportal.domain.audit.AuditService;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.lesson.SendBackTo;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.workflow.review.TaskGuard.OpenTask;
import org.springframework.stereotype.Component;

/**
 * A publisher's decisions on a reviewed lesson, for {@link ReviewTasks}: publish it or send it back (when approved),
 * decline it (when the reviewers recommended that). Overruling the reviewers is {@link OverrideDecisions}.
 */
@Component
@RequiredArgsConstructor
class PublisherDecisions {

    private final TaskService tasks;
    private final LessonService lessons;
    private final AuditService audit;
    private final TaskGuard guard;
    private final ReviewTransaction transaction;

    LessonDetails publish(String taskId, Actor actor) {
        return transaction.run(() -> {
            OpenTask open = guard.require(taskId, TaskKind.PUBLISH);
            guard.requirePublisher(open, actor, true);
            return lessons.publish(open.lessonId(), actor);
            // LessonEventsListener completes the task on LessonPublished, in this transaction
        });
    }

    LessonDetails sendBack(String taskId, Actor actor, String reason) {
        TaskGuard.requireAtMost(reason, ReviewTasks.REASON_MAX);
        return transaction.run(() -> {
            OpenTask open = guard.require(taskId, TaskKind.PUBLISH);
            guard.requirePublisher(open, actor, true);
            return lessons.sendBack(open.lessonId(), actor, SendBackTo.AUTHOR, reason);
        });
    }

    LessonDetails decline(String taskId, Actor actor, String reason) {
        return transaction.run(() -> {
            OpenTask open = guard.require(taskId, TaskKind.DECIDE_DECLINE);
            guard.requirePublisher(open, actor, true);
            String why = TaskGuard.requireReason(reason, "Explain why the lesson is declined");
            LessonDetails lesson = lessons.get(open.lessonId(), actor);
            audit.record(new AuditRecord(lesson.id(), actor.memberId(), "review.decline-decided", null, null,
                    lesson.round(), "Decided to decline the lesson, as the reviewers recommended", why));
            LessonDetails declined = lessons.decline(lesson.id(), Actor.SYSTEM, why);
            tasks.complete(taskId);
            return declined;
        });
    }
}
