package org.lessonsportal.workflow.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.lessonsportal.domain.audit.AuditEntry;
import org.lessonsportal.domain.audit.AuditRecord;
import org.lessonsportal.domain.audit.AuditService;
import org.lessonsportal.domain.lesson.FieldChange;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonPolicy.Action;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.lesson.LessonState;
import org.lessonsportal.domain.lesson.SendBackTo;
import org.lessonsportal.domain.organisation.Member;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.review.DeclineOverride;
import org.lessonsportal.domain.review.DeclineOverrideService;
import org.lessonsportal.domain.review.ReviewDraftService;
import org.lessonsportal.domain.review.ReviewRecord;
import org.lessonsportal.domain.review.ReviewService;
import org.lessonsportal.domain.review.ReviewSubmission;
import org.lessonsportal.domain.review.RevisionReplyService;
import org.lessonsportal.domain.review.SectionComment;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.ConcurrentEditException;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.domain.shared.FieldError;
import org.lessonsportal.domain.shared.NotAllowedException;
import org.lessonsportal.domain.shared.NotFoundException;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.shared.ValidationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The review's tasks, for the UI: what each person has to do and doing it. The review workflow's door; no Camunda
 * type appears in it. Every method takes the {@link Actor} the UI built from the signed-in member and checks that
 * they may act (the domain's {@code LessonPolicy} plus who holds the task), refusing with a plain-English
 * {@link DomainException}: {@link NotFoundException} for a task that is gone or not theirs to see,
 * {@link NotAllowedException}, {@link ValidationException}, {@link ConcurrentEditException} when someone acted at the
 * same moment.
 * <p>
 * Each action changes the lesson and the process in one transaction (the engine shares the application's
 * transaction manager and data source).
 */
@Service
public class ReviewTasks {

    /** The longest reason for giving a review to someone else that is kept. */
    public static final int REASSIGN_REASON_MAX = 1000;

    /** The longest reason for a publisher's or author's decision (send back, decline, override, withdraw). */
    public static final int REASON_MAX = 4000;

    static final String TASK_GONE = "We could not find that task. Someone may have completed it already, or the "
            + "lesson may have been withdrawn.";

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final ReviewProcesses processes;
    private final ReviewerSelection selection;
    private final LessonService lessons;
    private final ReviewService reviews;
    private final ReviewDraftService drafts;
    private final DeclineOverrideService overrides;
    private final RevisionReplyService replies;
    private final OrganisationService organisations;
    private final AuditService audit;
    private final ReviewNotices notices;
    private final TransactionTemplate transaction;

    ReviewTasks(TaskService tasks, RuntimeService runtime, ReviewProcesses processes, ReviewerSelection selection,
            LessonService lessons, ReviewService reviews, ReviewDraftService drafts, DeclineOverrideService overrides,
            RevisionReplyService replies, OrganisationService organisations, AuditService audit,
            ReviewNotices notices, PlatformTransactionManager transactionManager) {
        this.overrides = overrides;
        this.tasks = tasks;
        this.runtime = runtime;
        this.processes = processes;
        this.selection = selection;
        this.lessons = lessons;
        this.reviews = reviews;
        this.drafts = drafts;
        this.replies = replies;
        this.organisations = organisations;
        this.audit = audit;
        this.notices = notices;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    // ------------------------------------------------------------------------------------------------- reading

    /**
     * The actor's open tasks: reviews and revisions given to them, and for publishers the publishers' tasks they may
     * act on (unclaimed, or claimed by them). Soonest due first.
     */
    public List<ReviewTask> openTasks(Actor actor) {
        if (actor.isSystem()) {
            return List.of();
        }
        return inTransaction(() -> {
            Map<String, Task> found = new LinkedHashMap<>();
            tasks.createTaskQuery().processDefinitionKey(LessonReviewProcess.KEY)
                    .taskAssignee(String.valueOf(actor.memberId())).list().forEach(t -> found.put(t.getId(), t));
            if (actor.hasRole(Roles.PUBLISHER)) {
                tasks.createTaskQuery().processDefinitionKey(LessonReviewProcess.KEY)
                        .taskCandidateGroup(LessonReviewProcess.PUBLISHERS).list()
                        .forEach(t -> found.putIfAbsent(t.getId(), t));
            }
            List<Task> all = new ArrayList<>(found.values());
            Map<String, Long> lessonIds = processes.lessonIds(all.stream().map(Task::getProcessInstanceId).toList());
            Map<Long, Set<Action>> allowed = new HashMap<>();
            List<Task> mine = all.stream().filter(t -> {
                TaskKind kind = TaskKind.ofActivity(t.getTaskDefinitionKey());
                if (!kind.forPublishers()) {
                    return true;
                }
                Set<Action> actions = allowed.computeIfAbsent(lessonIds.get(t.getProcessInstanceId()),
                        id -> lessons.allowedActions(id, actor));
                return actions.contains(kind == TaskKind.PUBLISH ? Action.PUBLISH : Action.ASSIGN_REVIEWERS);
            }).toList();
            return describe(mine, lessonIds).stream()
                    .sorted(Comparator.comparing(ReviewTask::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
                            .thenComparing(ReviewTask::createdAt))
                    .toList();
        });
    }

    /** One task, if the actor may act on it (for opening a task page). */
    public Optional<ReviewTask> task(String taskId, Actor actor) {
        return inTransaction(() -> openTasks(actor).stream().filter(t -> t.id().equals(taskId)).findFirst());
    }

    /**
     * For a reviewer in a second or later round: what the author changed since the round this reviewer last
     * reviewed. Empty in their first round.
     */
    public List<FieldChange> changesSinceLastReview(String taskId, Actor actor) {
        return inTransaction(() -> {
            OpenTask open = require(taskId, TaskKind.REVIEW);
            requireHolder(open, actor);
            LessonDetails lesson = lessons.get(open.lessonId(), actor);
            Optional<Integer> previous = reviews.reviewsOf(open.lessonId(), actor).stream()
                    .filter(r -> r.reviewerId().equals(actor.memberId()) && r.round() < lesson.round())
                    .map(ReviewRecord::round).max(Integer::compare);
            return previous.map(round -> lessons.compareRounds(open.lessonId(), actor, round, lesson.round()))
                    .orElse(List.of());
        });
    }

    /** For the author's revise task: every review so far, a publisher's reason if one sent it back, own changes. */
    public RevisionBrief revisionBrief(String taskId, Actor actor) {
        return inTransaction(() -> {
            OpenTask open = require(taskId, TaskKind.REVISE);
            requireHolder(open, actor);
            LessonDetails lesson = lessons.get(open.lessonId(), actor);
            Optional<AuditEntry> sentBack = notices.sentBack(lesson.id());
            return new RevisionBrief(lesson.id(), lesson.round(), reviews.reviewsOf(lesson.id(), actor),
                    sentBack.map(AuditEntry::reason).orElse(null),
                    sentBack.map(e -> e.actorId() == null ? "A publisher"
                            : organisations.getMember(e.actorId()).getName()).orElse(null),
                    lessons.changesSinceLatestRound(lesson.id(), actor));
        });
    }

    /**
     * For publishers: lessons whose reviewers are at work, each with the reviews of its current round not sent yet
     * (reviewer, their organisation, since when, due date), so one can be given to another reviewer with
     * {@link #reassign}. Only lessons the publisher may choose reviewers for (not ones they wrote or were asked to
     * review). The lesson whose review has waited longest comes first.
     *
     * @throws NotAllowedException for anyone without the publisher role
     */
    public List<ReviewUnderWay> reviewsUnderWay(Actor actor) {
        if (actor.isSystem() || !actor.hasRole(Roles.PUBLISHER)) {
            throw new NotAllowedException("Only a publisher can see the reviews under way.");
        }
        return inTransaction(() -> {
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
            Map<Long, String> organisationNames = new HashMap<>();
            List<ReviewUnderWay> underWay = new ArrayList<>();
            for (Map.Entry<Long, List<Task>> entry : byLesson.entrySet()) {
                Long lessonId = entry.getKey();
                if (!lessons.allowedActions(lessonId, actor).contains(Action.ASSIGN_REVIEWERS)) {
                    continue;
                }
                LessonDetails lesson = lessons.get(lessonId, actor);
                List<ReviewUnderWay.OpenReview> reviews = entry.getValue().stream().map(task -> {
                    Member reviewer = organisations.getMember(Long.valueOf(task.getAssignee()));
                    String organisation = reviewer.getOrganisationId() == null ? null
                            : organisationNames.computeIfAbsent(reviewer.getOrganisationId(),
                                    id -> organisations.get(id).getName());
                    return new ReviewUnderWay.OpenReview(task.getId(), reviewer.getId(), reviewer.getName(),
                            organisation, instant(task.getCreateTime()), instant(task.getDueDate()),
                            lesson.round());
                }).sorted(Comparator.comparing(ReviewUnderWay.OpenReview::since,
                        Comparator.nullsLast(Comparator.naturalOrder()))).toList();
                underWay.add(new ReviewUnderWay(lessonId, lesson.title(), organisationNames.computeIfAbsent(
                        lesson.organisationId(), id -> organisations.get(id).getName()), lesson.round(), reviews));
            }
            Comparator<ReviewUnderWay> longestWaiting = Comparator.comparing(
                    r -> r.openReviews().get(0).since(), Comparator.nullsLast(Comparator.naturalOrder()));
            underWay.sort(longestWaiting.thenComparing(ReviewUnderWay::lessonId));
            return List.copyOf(underWay);
        });
    }

    /** Who may be asked to review the lesson now, best first (for publishers and administrators). */
    public List<EligibleReviewer> eligibleReviewers(Long lessonId, Actor actor) {
        return inTransaction(() -> {
            lessons.require(lessonId, actor, Action.ASSIGN_REVIEWERS);
            return selection.eligible(lessonId);
        });
    }

    // -------------------------------------------------------------------------------------------------- author

    /**
     * The author submits a draft (after the information-governance gate of {@code LessonService.submit}); its review
     * starts in the same transaction.
     */
    public LessonDetails submit(Long lessonId, Actor actor, long expectedVersion) {
        return inTransaction(() -> lessons.submit(lessonId, actor, expectedVersion));
    }

    /** The author resubmits from their revise task: a new round starts, with the same reviewers. */
    public LessonDetails resubmit(String taskId, Actor actor, long expectedVersion) {
        return resubmit(taskId, actor, expectedVersion, null);
    }

    /**
     * The author resubmits with a reply to the reviewers (optional, at most {@value RevisionReplyService#REPLY_MAX}
     * characters), which the reviewers of the new round read next to the changes.
     */
    public LessonDetails resubmit(String taskId, Actor actor, long expectedVersion, String reply) {
        RevisionReplyService.check(reply);
        return inTransaction(() -> {
            OpenTask open = require(taskId, TaskKind.REVISE);
            requireHolder(open, actor);
            LessonDetails resubmitted = lessons.resubmit(open.lessonId(), actor, expectedVersion);
            replies.record(resubmitted.id(), actor, reply);
            return resubmitted;
        });
    }

    /** The author withdraws the lesson before publication; its open tasks are cancelled. */
    public LessonDetails withdraw(Long lessonId, Actor actor, String reason) {
        requireAtMost(reason, REASON_MAX);
        return inTransaction(() -> lessons.withdraw(lessonId, actor, reason));
    }

    // ------------------------------------------------------------------------------------------------ reviewer

    /**
     * Claims a task: publishers take a publishers' task so others see it is being handled; reviews and revisions are
     * already given to one person, so claiming them only checks it is the actor.
     */
    public void claim(String taskId, Actor actor) {
        inTransaction(() -> {
            OpenTask open = require(taskId, TaskKind.values());
            if (!open.kind().forPublishers()) {
                requireHolder(open, actor);
                return null;
            }
            requirePublisher(open, actor, true);
            if (open.task().getAssignee() == null) {
                tasks.claim(taskId, String.valueOf(actor.memberId()));
            }
            return null;
        });
    }

    /** Gives a claimed publishers' task back to all publishers. */
    public void unclaim(String taskId, Actor actor) {
        inTransaction(() -> {
            OpenTask open = require(taskId, TaskKind.PUBLISH, TaskKind.ASSIGN_REVIEWERS, TaskKind.DECIDE_DECLINE,
                    TaskKind.REASSIGN);
            requirePublisher(open, actor, true);
            tasks.setAssignee(taskId, null);
            return null;
        });
    }

    /**
     * The reviewer completes their review. A declared competing interest takes them off the lesson and hands the
     * review to the publishers for another reviewer; nothing else is recorded. Otherwise the review is recorded
     * (approve, ask for changes or decline, with comments); once every reviewer of the round has sent theirs, the
     * round is concluded.
     */
    public void completeReview(String taskId, Actor actor, ReviewDecision decision) {
        Objects.requireNonNull(decision, "decision");
        inTransaction(() -> {
            OpenTask open = require(taskId, TaskKind.REVIEW);
            requireHolder(open, actor);
            if (decision.competingInterestDeclared()) {
                if (decision.competingInterest() == null) {
                    throw new ValidationException(List.of(new FieldError("competingInterest",
                            "Describe your competing interest")));
                }
                if (ReviewSubmission.length(decision.competingInterest()) > ReviewSubmission.DETAILS_MAX) {
                    throw new ValidationException(List.of(new FieldError("competingInterest", String.format(
                            java.util.Locale.UK, "Describe your competing interest in %,d characters or fewer (it "
                                    + "has %,d)", ReviewSubmission.DETAILS_MAX,
                            ReviewSubmission.length(decision.competingInterest())))));
                }
                LessonDetails lesson = lessons.require(open.lessonId(), actor, Action.REVIEW);
                drafts.discard(lesson.id(), lesson.round(), actor.memberId());
                String reason = LessonReviewProcess.COMPETING_INTEREST + ": " + decision.competingInterest();
                lessons.releaseReviewer(open.lessonId(), actor.memberId(), Actor.SYSTEM, reason);
                tasks.complete(taskId);
                return null;
            }
            List<SectionComment> sections = decision.sectionComments().entrySet().stream()
                    .map(e -> new SectionComment(e.getKey(), e.getValue())).toList();
            reviews.recordReview(open.lessonId(), actor, new ReviewSubmission(decision.decision(),
                    decision.generalComment(), sections, false, null));
            // LessonEventsListener completes the task on ReviewCompleted, in this transaction
            return null;
        });
    }

    // ----------------------------------------------------------------------------------------------- publisher

    /**
     * A publisher chooses reviewers on a "choose reviewers" task (not enough eligible reviewers were found
     * automatically) and the review starts. Each must be eligible ({@link #eligibleReviewers}); at least one reviewer
     * must be on the round in the end.
     */
    public void assignReviewers(String taskId, Actor actor, List<Long> reviewerIds) {
        inTransaction(() -> {
            OpenTask open = require(taskId, TaskKind.ASSIGN_REVIEWERS);
            requirePublisher(open, actor, true);
            Long lessonId = open.lessonId();
            Set<Long> chosen = new LinkedHashSet<>(reviewerIds == null ? List.of() : reviewerIds);
            chosen.remove(null);
            for (Long reviewerId : chosen) {
                selection.refusal(lessonId, reviewerId).ifPresent(why -> {
                    throw new NotAllowedException(why);
                });
                lessons.assignReviewer(lessonId, reviewerId, actor);
            }
            LessonDetails lesson = lessons.get(lessonId, actor);
            boolean anyone = lessons.reviewers(lessonId, actor).stream()
                    .anyMatch(a -> a.isActive() && a.round() == lesson.round());
            if (!anyone) {
                throw new ValidationException(List.of(new FieldError("reviewers", "Choose at least one reviewer")));
            }
            if (lesson.state() == LessonState.SUBMITTED) {
                lessons.startReview(lessonId, actor);
            }
            tasks.complete(taskId);
            return null;
        });
    }

    /**
     * A publisher gives a review to another eligible reviewer: either an open review (the current reviewer is taken
     * off it and the new one starts afresh; see {@link #reviewsUnderWay}) or a "choose another reviewer" task (after
     * a competing interest or an overdue review). The new reviewer must be {@linkplain #eligibleReviewers eligible}:
     * a reviewer from another organisation than the author's, not the author, not already reviewing the lesson.
     *
     * @param reason why, for the record (optional)
     * @throws ValidationException when no reviewer is given
     * @throws NotAllowedException with the reason in plain English when the reviewer is not eligible, or the actor
     *                             is not a publisher who may choose this lesson's reviewers
     */
    public void reassign(String taskId, Actor actor, Long reviewerId, String reason) {
        if (reviewerId == null) {
            throw new ValidationException(List.of(new FieldError("reviewer", "Choose a reviewer")));
        }
        requireAtMost(reason, REASSIGN_REASON_MAX);
        inTransaction(() -> {
            OpenTask open = require(taskId, TaskKind.REVIEW, TaskKind.REASSIGN);
            requirePublisher(open, actor, open.kind() == TaskKind.REASSIGN);
            Long lessonId = open.lessonId();
            selection.refusal(lessonId, reviewerId).ifPresent(why -> {
                throw new NotAllowedException(why);
            });
            if (open.kind() == TaskKind.REVIEW) {
                Long previous = Long.valueOf(open.task().getAssignee());
                lessons.releaseReviewer(lessonId, previous, actor,
                        reason == null || reason.isBlank() ? "Reassigned by a publisher" : reason);
                lessons.assignReviewer(lessonId, reviewerId, actor);
                tasks.setVariable(taskId, LessonReviewProcess.REVIEWER_ID, String.valueOf(reviewerId));
                runtime.messageEventReceived(LessonReviewProcess.MESSAGE_REVIEWER_REPLACED,
                        open.task().getExecutionId());
            } else {
                lessons.assignReviewer(lessonId, reviewerId, actor);
                tasks.complete(taskId, Map.of(LessonReviewProcess.REVIEWER_ID, String.valueOf(reviewerId)));
            }
            return null;
        });
    }

    /** A publisher publishes the approved lesson: it becomes visible to everyone and its author is told. */
    public LessonDetails publish(String taskId, Actor actor) {
        return inTransaction(() -> {
            OpenTask open = require(taskId, TaskKind.PUBLISH);
            requirePublisher(open, actor, true);
            return lessons.publish(open.lessonId(), actor);
            // LessonEventsListener completes the task on LessonPublished, in this transaction
        });
    }

    /** A publisher sends the approved lesson back to its author, with a reason; the author revises and resubmits. */
    public LessonDetails sendBack(String taskId, Actor actor, String reason) {
        requireAtMost(reason, REASON_MAX);
        return inTransaction(() -> {
            OpenTask open = require(taskId, TaskKind.PUBLISH);
            requirePublisher(open, actor, true);
            return lessons.sendBack(open.lessonId(), actor, SendBackTo.AUTHOR, reason);
        });
    }

    /** The reviewers recommended declining and a publisher agrees: the lesson is declined; the author is told why. */
    public LessonDetails decline(String taskId, Actor actor, String reason) {
        return inTransaction(() -> {
            OpenTask open = require(taskId, TaskKind.DECIDE_DECLINE);
            requirePublisher(open, actor, true);
            String why = requireReason(reason, "Explain why the lesson is declined");
            LessonDetails lesson = lessons.get(open.lessonId(), actor);
            audit.record(new AuditRecord(lesson.id(), actor.memberId(), "review.decline-decided", null, null,
                    lesson.round(), "Decided to decline the lesson, as the reviewers recommended", why));
            LessonDetails declined = lessons.decline(lesson.id(), Actor.SYSTEM, why);
            tasks.complete(taskId);
            return declined;
        });
    }

    /**
     * The reviewers recommended declining but a publisher proposes to approve the lesson anyway, with a reason. Nothing
     * is approved yet: the task goes back to all publishers (and they are told), and a different publisher has to
     * {@linkplain #confirmOverride confirm} it, or may decline the lesson instead.
     */
    public LessonDetails override(String taskId, Actor actor, String reason) {
        return inTransaction(() -> {
            OpenTask open = require(taskId, TaskKind.DECIDE_DECLINE);
            requirePublisher(open, actor, true);
            overrides.propose(open.lessonId(), actor, reason);
            tasks.setAssignee(taskId, null);
            LessonDetails lesson = lessons.get(open.lessonId(), actor);
            notices.overrideProposed(lesson, actor.memberId());
            return lesson;
        });
    }

    /**
     * A second publisher confirms another publisher's proposal to overrule the reviewers: the lesson is approved and
     * waits for publication like any approved lesson.
     *
     * @throws NotAllowedException for the publisher who proposed it, or one the policy refuses
     */
    public LessonDetails confirmOverride(String taskId, Actor actor) {
        return inTransaction(() -> {
            OpenTask open = require(taskId, TaskKind.DECIDE_DECLINE);
            requirePublisher(open, actor, true);
            LessonDetails approved = overrides.confirm(open.lessonId(), actor);
            tasks.complete(taskId);
            return approved;
        });
    }

    /** The proposal to overrule the reviewers that waits for a second publisher on a "decide" task, if any. */
    public Optional<DeclineOverride> overrideProposal(String taskId, Actor actor) {
        return inTransaction(() -> {
            OpenTask open = require(taskId, TaskKind.DECIDE_DECLINE);
            return overrides.pending(open.lessonId(), actor);
        });
    }

    // -------------------------------------------------------------------------------------------------- helpers

    /** An open task of the review with its kind and lesson. */
    record OpenTask(Task task, TaskKind kind, Long lessonId) {
    }

    private OpenTask require(String taskId, TaskKind... kinds) {
        Task task = processes.task(taskId).orElseThrow(() -> new NotFoundException(TASK_GONE));
        TaskKind kind = TaskKind.ofActivity(task.getTaskDefinitionKey());
        if (!List.of(kinds).contains(kind)) {
            throw new DomainException("This is a \"" + kind.label() + "\" task, so it cannot be used for that.");
        }
        return new OpenTask(task, kind, processes.lessonIdOf(task));
    }

    /** Reviews and revisions belong to one person. */
    private void requireHolder(OpenTask open, Actor actor) {
        if (actor.isSystem() || !String.valueOf(actor.memberId()).equals(open.task().getAssignee())) {
            throw new NotAllowedException(open.kind() == TaskKind.REVIEW
                    ? "This review was given to someone else."
                    : "Only the author can revise this lesson.");
        }
    }

    /** Publishers' tasks: a publisher the policy lets act on the lesson, and not claimed by another publisher. */
    private void requirePublisher(OpenTask open, Actor actor, boolean respectClaim) {
        if (actor.isSystem() || !actor.hasRole(Roles.PUBLISHER)) {
            throw new NotAllowedException("Only a publisher can do this.");
        }
        lessons.require(open.lessonId(), actor, open.kind() == TaskKind.PUBLISH ? Action.PUBLISH
                : Action.ASSIGN_REVIEWERS);
        String holder = open.task().getAssignee();
        if (respectClaim && holder != null && !holder.equals(String.valueOf(actor.memberId()))) {
            throw new NotAllowedException(organisations.getMember(Long.valueOf(holder)).getName()
                    + " is already working on this task.");
        }
    }

    private static String requireReason(String reason, String message) {
        if (reason == null || reason.strip().length() < 5) {
            throw new ValidationException(List.of(new FieldError("reason", message)));
        }
        requireAtMost(reason, REASON_MAX);
        return reason.strip();
    }

    /** A reason over its limit is refused by its field, never cut. */
    private static void requireAtMost(String reason, int max) {
        int length = reason == null ? 0 : ReviewSubmission.length(reason.strip());
        if (length > max) {
            throw new ValidationException(List.of(new FieldError("reason", String.format(java.util.Locale.UK,
                    "Keep the reason to %,d characters or fewer (it has %,d)", max, length))));
        }
    }

    private List<ReviewTask> describe(List<Task> found, Map<String, Long> lessonIds) {
        Map<Long, LessonDetails> lessonCache = new HashMap<>();
        Map<Long, String> organisationNames = new HashMap<>();
        Map<Long, String> memberNames = new HashMap<>();
        List<ReviewTask> described = new ArrayList<>();
        for (Task task : found) {
            Long lessonId = lessonIds.get(task.getProcessInstanceId());
            if (lessonId == null) {
                continue;
            }
            LessonDetails lesson = lessonCache.computeIfAbsent(lessonId, id -> lessons.get(id, Actor.SYSTEM));
            String organisation = organisationNames.computeIfAbsent(lesson.organisationId(),
                    id -> organisations.get(id).getName());
            Long assignee = task.getAssignee() == null ? null : Long.valueOf(task.getAssignee());
            String assigneeName = assignee == null ? null
                    : memberNames.computeIfAbsent(assignee, id -> organisations.getMember(id).getName());
            described.add(new ReviewTask(task.getId(), TaskKind.ofActivity(task.getTaskDefinitionKey()), lessonId,
                    lesson.title(), organisation, lesson.round(), instant(task.getCreateTime()),
                    instant(task.getDueDate()), assignee, assigneeName));
        }
        return described;
    }

    private static Instant instant(java.util.Date date) {
        return date == null ? null : date.toInstant();
    }

    /**
     * Runs the work in a transaction (joining the caller's, if any) and turns the engine's refusals into
     * plain-English ones.
     */
    private <T> T inTransaction(Supplier<T> work) {
        try {
            return transaction.execute(status -> work.get());
        } catch (org.camunda.bpm.engine.OptimisticLockingException | OptimisticLockingFailureException e) {
            throw new ConcurrentEditException(ConcurrentEditException.ACTION_MESSAGE, e);
        } catch (org.camunda.bpm.engine.exception.NullValueException
                | org.camunda.bpm.engine.exception.NotFoundException e) {
            throw new NotFoundException(TASK_GONE);
        } catch (ProcessEngineException e) {
            if (e.getCause() instanceof DomainException domain) {
                throw domain;
            }
            throw e;
        }
    }
}
