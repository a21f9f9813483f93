package org.lessonsportal.workflow.review;

import java.time.Instant;
import java.util.Date;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.lesson.LessonSummary;
import org.lessonsportal.domain.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * When a task of the review is created: sets its due date and tells the people concerned (the reviewer, the author,
 * or the publishers when the review needs one of them to step in), in the same transaction as the task.
 */
@Component("taskCreatedListener")
@RequiredArgsConstructor
class TaskCreatedListener implements TaskListener {

    private final LessonService lessons;
    private final ReviewNotices notices;
    private final ReviewSettings settings;
    private final ReviewTimes times;
    private final ReviewerSelection selection;

    @Override
    public void notify(DelegateTask task) {
        TaskKind kind = TaskKind.ofActivity(task.getTaskDefinitionKey());
        // a task just made has no variables of its own: asking the task would read them from the database first
        ReviewVariables variables = ReviewVariables.of(task.getExecution());
        Long lessonId = variables.lessonId();
        LessonSummary lesson = lessons.summary(lessonId, Actor.SYSTEM);
        Instant due = ClockUtil.getCurrentTime().toInstant().plus(switch (kind) {
            case REVIEW -> times.reminderAfter(variables);
            case REVISE -> times.reviseReminderAfter(variables);
            default -> settings.getDecisionDueAfter();
        });
        task.setDueDate(Date.from(due));
        switch (kind) {
            case REVIEW -> notices.reviewAssigned(lesson, variables.reviewerId(), due);
            case REVISE -> notices.changesRequested(lesson);
            case ASSIGN_REVIEWERS -> notices.reviewersNeeded(lesson, selection.shortfall(lessonId));
            case REASSIGN -> notices.reviewerNeeded(lesson, variables.reviewerId());
            case ADD_REVIEWER -> {
                // the publishers were told once for all the round's open places, by AssignReviewersDelegate
            }
            case PUBLISH, DECIDE_DECLINE -> {
                // publishers see these in their task list; no notification for routine decisions
            }
        }
    }
}
