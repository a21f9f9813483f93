package org.lessonsportal.workflow.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.domain.shared.NotFoundException;
import org.lessonsportal.domain.shared.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators need to keep reviews moving, for the portal's own operations view (see
 * {@code docs/adr/0020-operations-view-not-cockpit.md}): running reviews with their open tasks, overdue tasks, and
 * incidents (automatic steps that failed after their retries) with a retry action. No Camunda type appears in it.
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReviewOperations {

    private static final String FAILED_JOB = "failedJob";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final RepositoryService repository;
    private final HistoryService history;
    private final LessonService lessons;
    private final OrganisationService organisations;

    /** Every review under way, oldest lesson first, with its open tasks. */
    public List<RunningReview> runningReviews() {
        List<ProcessInstance> running = runtime.createProcessInstanceQuery()
                .processDefinitionKey(LessonReviewProcess.KEY).list();
        Map<String, List<Task>> tasksByProcess = tasks.createTaskQuery().processDefinitionKey(LessonReviewProcess.KEY)
                .list().stream().collect(Collectors.groupingBy(Task::getProcessInstanceId));
        Map<String, Instant> started = new HashMap<>();
        if (!running.isEmpty()) {
            // the start time is kept in the history (on by configuration)
            history.createHistoricProcessInstanceQuery()
                    .processInstanceIds(running.stream().map(ProcessInstance::getId).collect(Collectors.toSet()))
                    .list().forEach(h -> started.put(h.getId(), instant(h.getStartTime())));
        }
        Names names = new Names();
        List<RunningReview> reviews = new ArrayList<>();
        for (ProcessInstance process : running) {
            Long lessonId = ReviewProcesses.lessonId(process.getBusinessKey());
            Optional<LessonDetails> lesson = lesson(lessonId);
            List<RunningReview.TaskSummary> open = tasksByProcess.getOrDefault(process.getId(), List.of()).stream()
                    .map(t -> new RunningReview.TaskSummary(t.getId(), TaskKind.ofActivity(t.getTaskDefinitionKey()),
                            assignee(t), names.member(assignee(t)), instant(t.getCreateTime()),
                            instant(t.getDueDate())))
                    .sorted(Comparator.comparing(RunningReview.TaskSummary::createdAt))
                    .toList();
            reviews.add(new RunningReview(lessonId, lesson.map(LessonDetails::title).orElse(null),
                    lesson.map(LessonDetails::state).orElse(null), lesson.map(LessonDetails::round).orElse(0),
                    started.getOrDefault(process.getId(), lesson.map(LessonDetails::updatedAt).orElse(null)), open));
        }
        reviews.sort(Comparator.comparing(RunningReview::lessonId, Comparator.nullsLast(Comparator.naturalOrder())));
        return reviews;
    }

    /** Open tasks past their due date, most overdue first. */
    public List<OverdueTask> overdueTasks() {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        List<Task> overdue = tasks.createTaskQuery().processDefinitionKey(LessonReviewProcess.KEY)
                .dueBefore(Date.from(now)).orderByDueDate().asc().list();
        Map<String, Long> lessonIds = lessonIds(overdue.stream().map(Task::getProcessInstanceId).toList());
        Names names = new Names();
        return overdue.stream().map(t -> {
            Long lessonId = lessonIds.get(t.getProcessInstanceId());
            return new OverdueTask(t.getId(), TaskKind.ofActivity(t.getTaskDefinitionKey()), lessonId,
                    names.lesson(lessonId), assignee(t), names.member(assignee(t)), instant(t.getCreateTime()),
                    instant(t.getDueDate()));
        }).toList();
    }

    /** Automatic steps that failed after all their retries, newest first. */
    public List<ReviewIncident> incidents() {
        List<Incident> incidents = runtime.createIncidentQuery().orderByIncidentTimestamp().desc().list();
        Map<String, Long> lessonIds = lessonIds(incidents.stream().map(Incident::getProcessInstanceId)
                .filter(Objects::nonNull).toList());
        Names names = new Names();
        return incidents.stream().map(i -> {
            Long lessonId = lessonIds.get(i.getProcessInstanceId());
            return new ReviewIncident(i.getId(), lessonId, names.lesson(lessonId), i.getActivityId(),
                    activityName(i.getProcessDefinitionId(), i.getActivityId()), i.getIncidentMessage(),
                    instant(i.getIncidentTimestamp()), FAILED_JOB.equals(i.getIncidentType()));
        }).toList();
    }

    /** Runs the failed step of the incident again (one more attempt); the incident goes away when it succeeds. */
    @Transactional
    public void retry(String incidentId) {
        Incident incident = runtime.createIncidentQuery().incidentId(incidentId).singleResult();
        if (incident == null) {
            throw new NotFoundException("We could not find that incident. It may have been resolved already.");
        }
        if (!FAILED_JOB.equals(incident.getIncidentType())) {
            throw new DomainException("This incident is not a failed step, so it cannot be retried from here.");
        }
        management.setJobRetries(incident.getConfiguration(), 1);
        management.setJobDuedate(incident.getConfiguration(), ClockUtil.getCurrentTime());
    }

    private Map<String, Long> lessonIds(List<String> processInstanceIds) {
        Map<String, Long> ids = new HashMap<>();
        if (!processInstanceIds.isEmpty()) {
            // a request to pair's reply process (workflow.pairing) is keyed by the pairing's id, not a lesson's
            runtime.createProcessInstanceQuery().processInstanceIds(new HashSet<>(processInstanceIds))
                    .list().stream().filter(p -> !p.getProcessDefinitionId().startsWith(PAIRING_REPLY))
                    .forEach(p -> ids.put(p.getId(), ReviewProcesses.lessonId(p.getBusinessKey())));
        }
        return ids;
    }

    /** The start of the pairing reply process's definition ids ({@code pairing-reply.bpmn}). */
    private static final String PAIRING_REPLY = "pairingReply:";

    private Optional<LessonDetails> lesson(Long lessonId) {
        if (lessonId == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(lessons.get(lessonId, Actor.SYSTEM));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private String activityName(String processDefinitionId, String activityId) {
        if (processDefinitionId == null || activityId == null) {
            return activityId;
        }
        FlowElement element = repository.getBpmnModelInstance(processDefinitionId).getModelElementById(activityId);
        return element == null || element.getName() == null ? activityId : element.getName();
    }

    private static Long assignee(Task task) {
        return task.getAssignee() == null ? null : Long.valueOf(task.getAssignee());
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    /** Looks lesson titles up once per request; members' names come from the organisations' cache of names. */
    private final class Names {
        private final Map<Long, String> lessonTitles = new HashMap<>();

        String member(Long id) {
            return id == null ? null : organisations.memberName(id);
        }

        String lesson(Long id) {
            return id == null ? null
                    : lessonTitles.computeIfAbsent(id, l -> ReviewOperations.this.lesson(l).map(LessonDetails::title).orElse(null));
        }
    }
}
