package org.lessonsportal.workflow.review;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Finding a lesson's review process and its tasks. The business key of a review is the lesson's id. */
@Component
@RequiredArgsConstructor
class ReviewProcesses {

    private final RuntimeService runtime;
    private final TaskService tasks;

    /** The running review of the lesson, if there is one. */
    Optional<ProcessInstance> of(Long lessonId) {
        return Optional.ofNullable(runtime.createProcessInstanceQuery()
                .processDefinitionKey(LessonReviewProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(lessonId))
                .singleResult());
    }

    /** The open task of the given kind in the lesson's review, for the given assignee (any when {@code null}). */
    List<Task> openTasks(String processInstanceId, TaskKind kind, String assignee) {
        var query = tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(kind.activityId());
        if (assignee != null) {
            query.taskAssignee(assignee);
        }
        return query.list();
    }

    /** A task of the review process, if it is still open. */
    Optional<Task> task(String taskId) {
        if (taskId == null || taskId.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(tasks.createTaskQuery().processDefinitionKey(LessonReviewProcess.KEY)
                .taskId(taskId).singleResult());
    }

    /** The lesson ids of the given process instances (in one query). */
    Map<String, Long> lessonIds(Collection<String> processInstanceIds) {
        Map<String, Long> ids = new HashMap<>();
        if (processInstanceIds.isEmpty()) {
            return ids;
        }
        runtime.createProcessInstanceQuery().processInstanceIds(new HashSet<>(processInstanceIds)).list()
                .forEach(p -> ids.put(p.getId(), lessonId(p.getBusinessKey())));
        return ids;
    }

    Long lessonIdOf(Task task) {
        return lessonIds(List.of(task.getProcessInstanceId())).get(task.getProcessInstanceId());
    }

    static Long lessonId(String businessKey) {
        try {
            return businessKey == null ? null : Long.valueOf(businessKey);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
