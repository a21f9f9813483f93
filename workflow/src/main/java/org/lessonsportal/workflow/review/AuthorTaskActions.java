package org.lessonsportal.workflow.review;

import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.review.RevisionReplyService;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.workflow.review.TaskGuard.OpenTask;
import org.springframework.stereotype.Component;

/** The author's part of {@link ReviewTasks}: submitting, resubmitting from the revise task, withdrawing. */
@Component
@RequiredArgsConstructor
class AuthorTaskActions {

    private final LessonService lessons;
    private final RevisionReplyService replies;
    private final TaskGuard guard;
    private final ReviewTransaction transaction;

    LessonDetails submit(Long lessonId, Actor actor, long expectedVersion) {
        return transaction.run(() -> lessons.submit(lessonId, actor, expectedVersion));
    }

    LessonDetails resubmit(String taskId, Actor actor, long expectedVersion, String reply) {
        RevisionReplyService.check(reply);
        return transaction.run(() -> {
            OpenTask open = guard.require(taskId, TaskKind.REVISE);
            guard.requireHolder(open, actor);
            LessonDetails resubmitted = lessons.resubmit(open.lessonId(), actor, expectedVersion);
            replies.record(resubmitted.id(), actor, reply);
            return resubmitted;
        });
    }

    LessonDetails withdraw(Long lessonId, Actor actor, String reason) {
        TaskGuard.requireAtMost(reason, ReviewTasks.REASON_MAX);
        return transaction.run(() -> lessons.withdraw(lessonId, actor, reason));
    }
}
