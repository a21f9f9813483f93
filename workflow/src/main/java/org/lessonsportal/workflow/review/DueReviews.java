package org.lessonsportal.workflow.review;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.lessonsportal.workflow.shared.OneNodeAtATime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds reviewers and takes overdue reviews off them: every {@code lessons.review.due-check-interval}, one node at a
 * time, the open review tasks asked longer ago than {@code reminder-after} are reminded once (a task-local variable
 * says so) and those asked longer ago than {@code escalate-after} are taken off their reviewer and completed, so that
 * the process goes on to "Choose another reviewer" as after a declared competing interest. One check for every
 * review instead of two timer jobs per reviewer (docs/adr/0065). Processes started on the first version keep their
 * own timers and are left alone here.
 */
@Component
public class DueReviews {

    private static final Logger log = LoggerFactory.getLogger(DueReviews.class);
    /** The advisory lock's key: "LPREVDUE" in ASCII, which no other lock of the portal's uses. */
    static final long LOCK_KEY = 0x4C50524556445545L;

    private final TaskService tasks;
    private final RepositoryService repository;
    private final ReviewSettings settings;
    private final ReviewDeadlines deadlines;
    private final OneNodeAtATime oneNode;
    private final TransactionTemplate eachTask;
    private final Map<String, Boolean> withOwnTimers = new ConcurrentHashMap<>();
    private ThreadPoolTaskScheduler scheduler;

    DueReviews(TaskService tasks, RepositoryService repository, ReviewSettings settings, ReviewDeadlines deadlines,
            OneNodeAtATime oneNode, PlatformTransactionManager transactions) {
        this.tasks = tasks;
        this.repository = repository;
        this.settings = settings;
        this.deadlines = deadlines;
        this.oneNode = oneNode;
        this.eachTask = new TransactionTemplate(transactions);
        this.eachTask.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void startChecking() {
        if (scheduler == null) {
            Duration interval = settings.getDueCheckInterval();
            scheduler = OneNodeAtATime.every(interval, interval, "due-reviews-", this::checkSafely);
        }
    }

    @PreDestroy
    synchronized void stopChecking() {
        if (scheduler != null) {
            scheduler.shutdown();
            scheduler = null;
        }
    }

    private void checkSafely() {
        try {
            check();
        } catch (RuntimeException e) {
            log.warn("Could not look for reviews due a reminder; trying again in {}", settings.getDueCheckInterval(),
                    e);
        }
    }

    /**
     * Reminds and escalates what is due now (the engine's clock), unless another node is doing that at this moment.
     * Each task in a transaction of its own: one that fails (its reviewer sent the review meanwhile) stops no other.
     *
     * @return whether this node looked (false: another node holds the lock)
     */
    public boolean check() {
        return oneNode.run(LOCK_KEY, () -> {
            Instant now = ClockUtil.getCurrentTime().toInstant();
            Duration reminderAfter = settings.getReminderAfter();
            Duration escalateAfter = settings.getEscalateAfter();
            Duration first = reminderAfter.compareTo(escalateAfter) < 0 ? reminderAfter : escalateAfter;
            List<Task> due = tasks.createTaskQuery().processDefinitionKey(LessonReviewProcess.KEY)
                    .taskDefinitionKey(LessonReviewProcess.REVIEW_LESSON).taskCreatedBefore(Date.from(now.minus(first)))
                    .list();
            for (Task task : due) {
                if (withOwnTimers(task.getProcessDefinitionId())) {
                    continue;
                }
                boolean overdue = !task.getCreateTime().toInstant().plus(escalateAfter).isAfter(now);
                try {
                    eachTask.executeWithoutResult(status -> {
                        if (overdue) {
                            escalate(task, escalateAfter);
                        } else {
                            remindOnce(task, reminderAfter, escalateAfter);
                        }
                    });
                } catch (RuntimeException e) {
                    log.info("Review task {} not {} this time: {}", task.getId(), overdue ? "escalated" : "reminded",
                            e.toString());
                }
            }
        });
    }

    private void remindOnce(Task task, Duration reminderAfter, Duration escalateAfter) {
        if (tasks.getVariableLocal(task.getId(), LessonReviewProcess.REMINDED) != null) {
            return;
        }
        deadlines.remind(lessonId(task), Long.valueOf(task.getAssignee()), reminderAfter, escalateAfter);
        tasks.setVariableLocal(task.getId(), LessonReviewProcess.REMINDED, Boolean.TRUE);
    }

    private void escalate(Task task, Duration escalateAfter) {
        deadlines.takeOff(lessonId(task), Long.valueOf(task.getAssignee()), escalateAfter);
        tasks.complete(task.getId());
    }

    private Long lessonId(Task task) {
        return (Long) tasks.getVariable(task.getId(), LessonReviewProcess.LESSON_ID);
    }

    /** Whether the task's process version has its own reminder and escalation timers (the first version's). */
    private boolean withOwnTimers(String processDefinitionId) {
        return withOwnTimers.computeIfAbsent(processDefinitionId, id -> repository.getBpmnModelInstance(id)
                .getModelElementById(LessonReviewProcess.REVIEW_REMINDER) != null);
    }
}
