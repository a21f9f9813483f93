package org.lessonsportal.workflow.review;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * When a task of the review is created: sets its due date and tells the people concerned (the reviewer, the author,
 * or the publishers when the review needs one of them to step in), in the same transaction as the task.
 */
@Component("taskCreatedListener")
class TaskCreatedListener implements TaskListener {

    private final LessonService lessons;
    private final ReviewNotices notices;
    private final ReviewSettings settings;

    TaskCreatedListener(LessonService lessons, ReviewNotices notices, ReviewSettings settings) {
        this.lessons = lessons;
        this.notices = notices;
        this.settings = settings;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskKind kind = TaskKind.ofActivity(task.getTaskDefinitionKey());
        Long lessonId = (Long) task.getVariable(LessonReviewProcess.LESSON_ID);
        LessonDetails lesson = lessons.get(lessonId, Actor.SYSTEM);
        Instant due = ClockUtil.getCurrentTime().toInstant().plus(switch (kind) {
            case REVIEW -> duration(task, LessonReviewProcess.REMINDER_AFTER);
            case REVISE -> duration(task, LessonReviewProcess.REVISE_REMINDER_AFTER);
            default -> settings.getDecisionDueAfter();
        });
        task.setDueDate(Date.from(due));
        switch (kind) {
            case REVIEW -> notices.reviewAssigned(lesson, reviewerId(task), due);
            case REVISE -> notices.changesRequested(lesson);
            case ASSIGN_REVIEWERS -> notices.reviewersNeeded(lesson);
            case REASSIGN -> notices.reviewerNeeded(lesson, reviewerId(task));
            case PUBLISH, DECIDE_DECLINE -> {
                // publishers see these in their task list; no notification for routine decisions
            }
        }
    }

    private static Long reviewerId(DelegateTask task) {
        return Long.valueOf((String) task.getVariable(LessonReviewProcess.REVIEWER_ID));
    }

    static Duration duration(DelegateTask task, String variable) {
        return Duration.parse((String) task.getVariable(variable));
    }
}
