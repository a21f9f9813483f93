package org.lessonsportal.workflow.review;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.lessonsportal.domain.lesson.AssignedReviewer;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.workflow.notification.NotificationKind;
import org.lessonsportal.workflow.notification.Notifications;
import org.springframework.stereotype.Component;

/**
 * When a task of the review ends, done or cancelled (the review sent, reviewers chosen, changes resubmitted, the
 * review moved to someone else, the lesson published, declined or withdrawn): the notifications that asked for it
 * stop counting as unread, for everyone they were sent to. Informational notices (published, declined, a review
 * taken off a reviewer) stay until their person reads them.
 */
@Component("taskEndedListener")
@RequiredArgsConstructor
class TaskEndedListener implements TaskListener {

    private static final Set<NotificationKind> REVIEW_REQUEST =
            EnumSet.of(NotificationKind.REVIEW_ASSIGNED, NotificationKind.REMINDER);
    private static final Set<NotificationKind> CHANGES_REQUEST =
            EnumSet.of(NotificationKind.CHANGES_REQUESTED, NotificationKind.REMINDER);
    private static final Set<NotificationKind> PUBLISHER_REQUEST = EnumSet.of(NotificationKind.ESCALATION);

    private final Notifications notifications;
    private final LessonService lessons;

    @Override
    public void notify(DelegateTask task) {
        Long lessonId = lessonId(task);
        String assignee = task.getAssignee();
        TaskKind kind = TaskKind.ofActivity(task.getTaskDefinitionKey());
        switch (kind) {
            case REVIEW, REVISE -> {
                // the task's own person: a replaced reviewer's task ends while the process already names the next
                if (assignee != null) {
                    Long person = Long.valueOf(assignee);
                    notifications.settle(lessonId, person::equals,
                            kind == TaskKind.REVIEW ? REVIEW_REQUEST : CHANGES_REQUEST);
                }
            }
            case ASSIGN_REVIEWERS, REASSIGN, ADD_REVIEWER -> {
                if (!anotherChoiceOpen(task)) {
                    // publishers were asked; reviewers (current or former) got only news about their own review
                    Set<Long> reviewers = lessons.reviewers(lessonId, Actor.SYSTEM).stream()
                            .map(AssignedReviewer::memberId).collect(Collectors.toSet());
                    notifications.settle(lessonId, recipient -> !reviewers.contains(recipient), PUBLISHER_REQUEST);
                }
            }
            case PUBLISH, DECIDE_DECLINE -> {
                // these ask for nothing in the bell
            }
        }
    }

    /**
     * The lesson, from the review's business key: asking the task for the {@code lessonId} variable would read the
     * variables of every execution between the task and the process instance, which a finishing review task does not
     * otherwise need (docs/adr/0067).
     */
    private static Long lessonId(DelegateTask task) {
        Long fromKey = ReviewProcesses.lessonId(task.getExecution().getProcessBusinessKey());
        return fromKey != null ? fromKey : ReviewVariables.of(task).lessonId();
    }

    /** Whether publishers are still asked to choose a reviewer for another place in the same review. */
    private static boolean anotherChoiceOpen(DelegateTask task) {
        return task.getProcessEngineServices().getTaskService().createTaskQuery()
                .processInstanceId(task.getProcessInstanceId())
                .taskDefinitionKeyIn(LessonReviewProcess.CHOOSE_REVIEWERS, LessonReviewProcess.REASSIGN_REVIEWER,
                        LessonReviewProcess.ADD_REVIEWER)
                .list().stream().anyMatch(other -> !Objects.equals(other.getId(), task.getId()));
    }
}
