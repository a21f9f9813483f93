package org.lessonsportal.workflow.review;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.lessonsportal.workflow.shared.OneNodeAtATime;
import org.lessonsportal.workflow.shared.RepeatedCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
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
    /** How many tasks' variables one query asks for at most (a statement's parameters are limited). */
    private static final int CHUNK = 1000;

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final ReviewSettings settings;
    private final ReviewDeadlines deadlines;
    private final OneNodeAtATime oneNode;
    private final TransactionTemplate eachTask;
    private final Map<String, Boolean> withOwnTimers = new ConcurrentHashMap<>();
    private final RepeatedCheck checking;

    DueReviews(TaskService tasks, RuntimeService runtime, RepositoryService repository, ReviewSettings settings,
            ReviewDeadlines deadlines, OneNodeAtATime oneNode, PlatformTransactionManager transactions) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.repository = repository;
        this.settings = settings;
        this.deadlines = deadlines;
        this.oneNode = oneNode;
        this.eachTask = new TransactionTemplate(transactions);
        this.eachTask.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.checking = new RepeatedCheck("look for reviews due a reminder", "due-reviews-", this::check);
    }

    @EventListener(ApplicationReadyEvent.class)
    void startChecking() {
        Duration interval = settings.getDueCheckInterval();
        checking.start(interval, interval);
    }

    @PreDestroy
    void stopChecking() {
        checking.stop();
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
                    .list().stream().filter(task -> !withOwnTimers(task.getProcessDefinitionId())).toList();
            if (due.isEmpty()) {
                return;
            }
            Set<String> reminded = reminded(due);
            Map<String, Long> lessonIds = lessonIds(due);
            for (Task task : due) {
                boolean overdue = !task.getCreateTime().toInstant().plus(escalateAfter).isAfter(now);
                if (!overdue && reminded.contains(task.getId())) {
                    continue;
                }
                Long lessonId = lessonIds.get(task.getProcessInstanceId());
                try {
                    eachTask.executeWithoutResult(status -> {
                        if (overdue) {
                            escalate(task, lessonId, escalateAfter);
                        } else {
                            remind(task, lessonId, reminderAfter, escalateAfter);
                        }
                    });
                } catch (RuntimeException e) {
                    log.info("Review task {} not {} this time: {}", task.getId(), overdue ? "escalated" : "reminded",
                            e.toString());
                }
            }
        });
    }

    private void remind(Task task, Long lessonId, Duration reminderAfter, Duration escalateAfter) {
        deadlines.remind(lessonId, Long.valueOf(task.getAssignee()), reminderAfter, escalateAfter);
        tasks.setVariableLocal(task.getId(), LessonReviewProcess.REMINDED, Boolean.TRUE);
    }

    private void escalate(Task task, Long lessonId, Duration escalateAfter) {
        deadlines.takeOff(lessonId, Long.valueOf(task.getAssignee()), escalateAfter);
        tasks.complete(task.getId());
    }

    /** The tasks among these whose reviewer has been reminded: a query per thousand late tasks. */
    private Set<String> reminded(List<Task> due) {
        return inChunks(due, some -> runtime.createVariableInstanceQuery()
                .variableName(LessonReviewProcess.REMINDED)
                .taskIdIn(some.stream().map(Task::getId).toArray(String[]::new)).list())
                .map(VariableInstance::getTaskId).collect(Collectors.toSet());
    }

    /** Each process's lesson, by process instance: a query per thousand late tasks. */
    private Map<String, Long> lessonIds(List<Task> due) {
        return inChunks(due, some -> runtime.createVariableInstanceQuery()
                .variableName(LessonReviewProcess.LESSON_ID)
                .processInstanceIdIn(some.stream().map(Task::getProcessInstanceId).toArray(String[]::new)).list())
                .filter(v -> v.getExecutionId().equals(v.getProcessInstanceId()))
                .collect(Collectors.toMap(VariableInstance::getProcessInstanceId, v -> (Long) v.getValue(),
                        (one, same) -> one));
    }

    private static Stream<VariableInstance> inChunks(List<Task> due,
            Function<List<Task>, List<VariableInstance>> query) {
        return IntStream.range(0, (due.size() + CHUNK - 1) / CHUNK)
                .mapToObj(i -> query.apply(due.subList(i * CHUNK, Math.min(due.size(), (i + 1) * CHUNK))))
                .flatMap(List::stream);
    }

    /** Whether the task's process version has its own reminder and escalation timers (the first version's). */
    private boolean withOwnTimers(String processDefinitionId) {
        return withOwnTimers.computeIfAbsent(processDefinitionId, id -> repository.getBpmnModelInstance(id)
                .getModelElementById(LessonReviewProcess.REVIEW_REMINDER) != null);
    }
}
