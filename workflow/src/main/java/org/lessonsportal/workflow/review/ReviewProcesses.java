package org.lessonsportal.workflow.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Finding a lesson's review process and its tasks. The business key of a review is the lesson's id. */
@Component
class ReviewProcesses {

    /**
     * Open tasks of the review process with their process's business key, each list in one plain statement: the
     * engine's task query builds its SQL from dozens of optional criteria for each call, and its process-instance
     * query was a second statement for the business keys (docs/adr/0070). The engine shares the application's
     * transaction, so these see what the engine has written in it. A task offered to a group is one nobody has
     * claimed, as the engine's candidate-group query has it.
     */
    private static final String TASKS = "select distinct T.ID_, T.TASK_DEF_KEY_, T.ASSIGNEE_, T.PROC_INST_ID_, "
            + "T.EXECUTION_ID_, P.BUSINESS_KEY_, T.CREATE_TIME_, T.DUE_DATE_ from ACT_RU_TASK T "
            + "join ACT_RU_EXECUTION P on P.ID_ = T.PROC_INST_ID_ "
            + "join ACT_RE_PROCDEF D on D.ID_ = T.PROC_DEF_ID_ ";
    private static final String BY_ID = TASKS + "where T.ID_ = ? and D.KEY_ = ?";
    private static final String ASSIGNED = TASKS + "where T.ASSIGNEE_ = ? and D.KEY_ = ? order by T.ID_";
    private static final String OFFERED = TASKS + "join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = T.ID_ "
            + "where T.ASSIGNEE_ is null and I.TYPE_ = 'candidate' and I.GROUP_ID_ = ? and D.KEY_ = ? order by T.ID_";

    /**
     * Open tasks of one activity of the review process per assignee, counted by the database: the engine's task
     * query would read and map every open task to count them in Java (docs/adr/0070).
     */
    private static final String COUNT_BY_ASSIGNEE = "select T.ASSIGNEE_, count(*) from ACT_RU_TASK T "
            + "join ACT_RE_PROCDEF D on D.ID_ = T.PROC_DEF_ID_ "
            + "where T.TASK_DEF_KEY_ = ? and D.KEY_ = ? and T.ASSIGNEE_ is not null group by T.ASSIGNEE_";

    /** The running review of a lesson: the process instance with the lesson's id as its business key. */
    private static final String RUNNING = "select P.ID_ from ACT_RU_EXECUTION P "
            + "join ACT_RE_PROCDEF D on D.ID_ = P.PROC_DEF_ID_ "
            + "where P.BUSINESS_KEY_ = ? and P.PARENT_ID_ is null and D.KEY_ = ?";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final JdbcTemplate jdbc;

    ReviewProcesses(RuntimeService runtime, TaskService tasks, DataSource dataSource) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** The id of the lesson's running review (its process instance), if there is one. */
    Optional<String> of(Long lessonId) {
        List<String> running = jdbc.queryForList(RUNNING, String.class, String.valueOf(lessonId),
                LessonReviewProcess.KEY);
        if (running.size() > 1) {
            throw new IllegalStateException("Lesson " + lessonId + " has " + running.size() + " running reviews");
        }
        return running.stream().findFirst();
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

    /** A task of the review process with its lesson, if it is still open. */
    Optional<FoundTask> task(String taskId) {
        if (taskId == null || taskId.isBlank()) {
            return Optional.empty();
        }
        return jdbc.query(BY_ID, ReviewProcesses::found, taskId, LessonReviewProcess.KEY).stream().findFirst();
    }

    /** The open tasks of the review process given to the member. */
    List<FoundTask> assignedTo(Long memberId) {
        return jdbc.query(ASSIGNED, ReviewProcesses::found, String.valueOf(memberId), LessonReviewProcess.KEY);
    }

    /** The open tasks of the review process offered to the group that nobody has claimed. */
    List<FoundTask> offeredTo(String group) {
        return jdbc.query(OFFERED, ReviewProcesses::found, group, LessonReviewProcess.KEY);
    }

    /** How many open tasks of the activity each assignee has (member ids as strings); nobody without any. */
    Map<String, Long> openTasksByAssignee(String activityId) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.query(COUNT_BY_ASSIGNEE, row -> {
            counts.put(row.getString(1), row.getLong(2));
        }, activityId, LessonReviewProcess.KEY);
        return counts;
    }

    private static FoundTask found(ResultSet row, int rowNumber) throws SQLException {
        return new FoundTask(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                row.getString(5), lessonId(row.getString(6)), instant(row.getTimestamp(7)),
                instant(row.getTimestamp(8)));
    }

    private static Instant instant(Timestamp time) {
        return time == null ? null : time.toInstant();
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

    static Long lessonId(String businessKey) {
        try {
            return businessKey == null ? null : Long.valueOf(businessKey);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
