package org.lessonsportal.workflow.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.lessonsportal.domain.audit.AuditEntry;
import org.lessonsportal.domain.lesson.FieldChange;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonPolicy.Action;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.lesson.LessonSummary;
import org.lessonsportal.domain.organisation.MemberView;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.review.ReviewRecord;
import org.lessonsportal.domain.review.ReviewService;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.NotAllowedException;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.workflow.review.TaskGuard.OpenTask;
import org.springframework.stereotype.Component;

/**
 * The reading side of {@link ReviewTasks}: who has which task, what a reviewer or author needs to see on theirs, the
 * reviews under way and who may review. Changes nothing.
 */
@Component
@RequiredArgsConstructor
class TaskQueries {

    private final TaskService tasks;
    private final ReviewProcesses processes;
    private final ReviewerSelection selection;
    private final LessonService lessons;
    private final ReviewService reviews;
    private final OrganisationService organisations;
    private final ReviewNotices notices;
    private final TaskGuard guard;
    private final ReviewTransaction transaction;

    List<ReviewTask> openTasks(Actor actor) {
        if (actor.isSystem()) {
            return List.of();
        }
        return transaction.run(() -> {
            Map<String, FoundTask> found = new LinkedHashMap<>();
            processes.assignedTo(actor.memberId()).forEach(t -> found.put(t.id(), t));
            if (actor.hasRole(Roles.PUBLISHER)) {
                processes.offeredTo(LessonReviewProcess.PUBLISHERS).forEach(t -> found.putIfAbsent(t.id(), t));
            }
            Map<Long, Set<Action>> allowed = new HashMap<>();
            List<FoundTask> mine = found.values().stream().filter(t -> {
                TaskKind kind = TaskKind.ofActivity(t.definitionKey());
                if (!kind.forPublishers()) {
                    return true;
                }
                Set<Action> actions = allowed.computeIfAbsent(t.lessonId(), id -> lessons.allowedActions(id, actor));
                return actions.contains(kind == TaskKind.PUBLISH ? Action.PUBLISH : Action.ASSIGN_REVIEWERS);
            }).toList();
            return describe(mine).stream()
                    .sorted(Comparator.comparing(ReviewTask::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
                            .thenComparing(ReviewTask::createdAt))
                    .toList();
        });
    }

    Optional<ReviewTask> task(String taskId, Actor actor) {
        return transaction.run(() -> openTasks(actor).stream().filter(t -> t.id().equals(taskId)).findFirst());
    }

    List<FieldChange> changesSinceLastReview(String taskId, Actor actor) {
        return transaction.run(() -> {
            OpenTask open = guard.require(taskId, TaskKind.REVIEW);
            guard.requireHolder(open, actor);
            LessonDetails lesson = lessons.get(open.lessonId(), actor);
            Optional<Integer> previous = reviews.reviewsOf(open.lessonId(), actor).stream()
                    .filter(r -> r.reviewerId().equals(actor.memberId()) && r.round() < lesson.round())
                    .map(ReviewRecord::round).max(Integer::compare);
            return previous.map(round -> lessons.compareRounds(open.lessonId(), actor, round, lesson.round()))
                    .orElse(List.of());
        });
    }

    RevisionBrief revisionBrief(String taskId, Actor actor) {
        return transaction.run(() -> {
            OpenTask open = guard.require(taskId, TaskKind.REVISE);
            guard.requireHolder(open, actor);
            LessonDetails lesson = lessons.get(open.lessonId(), actor);
            Optional<AuditEntry> sentBack = notices.sentBack(lesson.id());
            return new RevisionBrief(lesson.id(), lesson.round(), reviews.reviewsOf(lesson.id(), actor),
                    sentBack.map(AuditEntry::reason).orElse(null),
                    sentBack.map(e -> e.actorId() == null ? "A publisher"
                            : organisations.memberName(e.actorId())).orElse(null),
                    lessons.changesSinceLatestRound(lesson.id(), actor));
        });
    }

    List<ReviewUnderWay> reviewsUnderWay(Actor actor) {
        if (actor.isSystem() || !actor.hasRole(Roles.PUBLISHER)) {
            throw new NotAllowedException("Only a publisher can see the reviews under way.");
        }
        return transaction.run(() -> {
            List<Task> open = tasks.createTaskQuery().processDefinitionKey(LessonReviewProcess.KEY)
                    .taskDefinitionKey(LessonReviewProcess.REVIEW_LESSON).list();
            Map<String, Long> lessonIds = processes.lessonIds(open.stream().map(Task::getProcessInstanceId)
                    .distinct().toList());
            Map<Long, List<Task>> byLesson = new LinkedHashMap<>();
            for (Task task : open) {
                Long lessonId = lessonIds.get(task.getProcessInstanceId());
                if (lessonId != null && task.getAssignee() != null) {
                    byLesson.computeIfAbsent(lessonId, id -> new ArrayList<>()).add(task);
                }
            }
            List<ReviewUnderWay> underWay = new ArrayList<>();
            for (Map.Entry<Long, List<Task>> entry : byLesson.entrySet()) {
                Long lessonId = entry.getKey();
                if (!lessons.allowedActions(lessonId, actor).contains(Action.ASSIGN_REVIEWERS)) {
                    continue;
                }
                LessonDetails lesson = lessons.get(lessonId, actor);
                List<ReviewUnderWay.OpenReview> reviews = entry.getValue().stream().map(task -> {
                    MemberView reviewer = organisations.getMember(Long.valueOf(task.getAssignee()));
                    String organisation = reviewer.organisationId() == null ? null
                            : organisations.organisationName(reviewer.organisationId());
                    return new ReviewUnderWay.OpenReview(task.getId(), reviewer.id(), reviewer.name(),
                            organisation, instant(task.getCreateTime()), instant(task.getDueDate()),
                            lesson.round());
                }).sorted(Comparator.comparing(ReviewUnderWay.OpenReview::since,
                        Comparator.nullsLast(Comparator.naturalOrder()))).toList();
                underWay.add(new ReviewUnderWay(lessonId, lesson.title(),
                        organisations.organisationName(lesson.organisationId()), lesson.round(), reviews));
            }
            Comparator<ReviewUnderWay> longestWaiting = Comparator.comparing(
                    r -> r.openReviews().get(0).since(), Comparator.nullsLast(Comparator.naturalOrder()));
            underWay.sort(longestWaiting.thenComparing(ReviewUnderWay::lessonId));
            return List.copyOf(underWay);
        });
    }

    List<EligibleReviewer> eligibleReviewers(Long lessonId, Actor actor) {
        return transaction.run(() -> {
            lessons.require(lessonId, actor, Action.ASSIGN_REVIEWERS);
            return selection.eligible(lessonId);
        });
    }

    ReviewerShortfall reviewerShortfall(Long lessonId, Actor actor) {
        return transaction.run(() -> {
            lessons.require(lessonId, actor, Action.ASSIGN_REVIEWERS);
            return selection.shortfall(lessonId);
        });
    }

    private List<ReviewTask> describe(List<FoundTask> found) {
        Map<Long, LessonSummary> summaries = lessons.summaries(found.stream().map(FoundTask::lessonId)
                .filter(Objects::nonNull).toList(), Actor.SYSTEM);
        List<ReviewTask> described = new ArrayList<>();
        for (FoundTask task : found) {
            Long lessonId = task.lessonId();
            LessonSummary lesson = lessonId == null ? null : summaries.get(lessonId);
            if (lesson == null) {
                continue;
            }
            String organisation = organisations.organisationName(lesson.organisationId());
            Long assignee = task.assignee() == null ? null : Long.valueOf(task.assignee());
            String assigneeName = assignee == null ? null : organisations.memberName(assignee);
            described.add(new ReviewTask(task.id(), TaskKind.ofActivity(task.definitionKey()), lessonId,
                    lesson.title(), organisation, lesson.round(), task.createdAt(), task.dueAt(), assignee,
                    assigneeName));
        }
        return described;
    }

    private static Instant instant(java.util.Date date) {
        return date == null ? null : date.toInstant();
    }
}
