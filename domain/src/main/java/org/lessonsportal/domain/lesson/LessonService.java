package org.lessonsportal.domain.lesson;

import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.lessonsportal.domain.audit.AuditEntry;
import org.lessonsportal.domain.audit.AuditService;
import org.lessonsportal.domain.audit.AuditRecord;
import org.lessonsportal.domain.lesson.LessonPolicy.Action;
import org.lessonsportal.domain.lesson.LessonPolicy.Decision;
import org.lessonsportal.domain.organisation.Member;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.ConcurrentEditException;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.domain.shared.FieldError;
import org.lessonsportal.domain.shared.NotAllowedException;
import org.lessonsportal.domain.shared.NotFoundException;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.shared.ValidationException;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lessons: writing, the review lifecycle, the information-governance gate and the history of rounds. The lesson
 * feature's door for the UI and the review workflow.
 * <p>
 * Every method takes the {@link Actor} explicitly and checks, in this order: that the actor may see the lesson (if
 * not, {@link NotFoundException}, so its existence is not given away), that the lesson's state allows the step
 * ({@link LessonStateException}), and that {@link LessonPolicy} lets this actor take it
 * ({@link NotAllowedException}). The workflow passes ids and {@link Actor#SYSTEM} or the member's actor
 * ({@code OrganisationService.actor(memberId)}); it never holds entities.
 */
@Service
@Transactional(readOnly = true)
public class LessonService {

    static final ZoneId NHS_ZONE = ZoneId.of("Europe/London");
    private static final int REASON_MIN = 5;

    private final LessonRepository lessons;
    private final SubmissionRoundRepository rounds;
    private final ReviewerAssignmentRepository assignments;
    private final FalsePositiveConfirmationRepository confirmations;
    private final OrganisationService organisations;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LessonService(LessonRepository lessons, SubmissionRoundRepository rounds, ReviewerAssignmentRepository assignments,
            FalsePositiveConfirmationRepository confirmations, OrganisationService organisations, AuditService audit,
            ApplicationEventPublisher events, Clock clock) {
        this.lessons = lessons;
        this.rounds = rounds;
        this.assignments = assignments;
        this.confirmations = confirmations;
        this.organisations = organisations;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    // ---------------------------------------------------------------------------------------------------- writing

    /**
     * Starts a lesson for the actor's organisation. The content may be incomplete (even empty); only the storage
     * limits of {@link LessonValidator#checkStorable} apply.
     */
    @Transactional
    public LessonDetails createDraft(Actor actor, LessonContent content) {
        if (actor.isSystem() || !actor.hasRole(Roles.CONTRIBUTOR)) {
            throw new NotAllowedException("Only contributors can write lessons.");
        }
        if (actor.organisationId() == null) {
            throw new NotAllowedException("You need to belong to an organisation to write a lesson. Ask your "
                    + "administrator to add you to yours.");
        }
        LessonValidator.requireStorable(content);
        Instant now = clock.instant();
        Lesson lesson = lessons.save(Lesson.draft(actor.memberId(), actor.organisationId(), content, now));
        flush(ConcurrentEditException.EDIT_MESSAGE);
        record(lesson, actor, "lesson.created", null, LessonState.DRAFT, "Started the lesson as a draft", null);
        events.publishEvent(new LessonDraftCreated(lesson.getId(), actor.memberId(), actor.organisationId(), now));
        return LessonDetails.of(lesson);
    }

    /**
     * Saves the author's current text, complete or not; meant to be called often (automatic saving).
     *
     * @param expectedVersion the {@link LessonDetails#version()} the form was loaded with (or last saved as)
     * @return the lesson as saved, with its new version; the version is unchanged when nothing changed
     * @throws ConcurrentEditException when someone else saved the lesson after {@code expectedVersion}: nothing is
     *                                 saved and their changes are kept
     */
    @Transactional
    public LessonDetails saveDraft(Long lessonId, Actor actor, LessonContent content, long expectedVersion) {
        Guarded guarded = guard(lessonId, actor);
        guarded.check(Transition.EDIT, Action.EDIT);
        requireVersion(guarded.lesson, expectedVersion);
        LessonValidator.requireStorable(content);
        guarded.lesson.replaceContent(content, clock.instant());
        flush(ConcurrentEditException.EDIT_MESSAGE);
        return LessonDetails.of(guarded.lesson);
    }

    // ---------------------------------------------------------------------------------------------------- reading

    /** The lesson, if the actor may see it; otherwise {@link NotFoundException}. */
    public LessonDetails get(Long lessonId, Actor actor) {
        return LessonDetails.of(guard(lessonId, actor).lesson);
    }

    /** What the actor may do to the lesson now (for showing buttons); empty if they may not see it. */
    public Set<Action> allowedActions(Long lessonId, Actor actor) {
        Optional<Lesson> lesson = lessonId == null ? Optional.empty()
                : lessons.findById(lessonId).filter(l -> !l.isDeleted());
        return lesson.map(l -> {
            LessonFacts facts = facts(l);
            return LessonPolicy.allows(actor, Action.VIEW, facts) ? LessonPolicy.allowedActions(actor, facts)
                    : Set.<Action>of();
        }).orElse(Set.of());
    }

    /**
     * Checks that the actor may take the action on the lesson now, and returns it. For other parts of the domain
     * (reviews) and for UIs that want the reason before offering an action.
     */
    public LessonDetails require(Long lessonId, Actor actor, Action action) {
        Guarded guarded = guard(lessonId, actor);
        Transition transition = switch (action) {
            case EDIT -> Transition.EDIT;
            case ASSIGN_REVIEWERS -> Transition.ASSIGN_REVIEWER;
            case REVIEW, CONCLUDE_REVIEW -> Transition.RECORD_REVIEW;
            case OVERRIDE_DECLINE -> Transition.APPROVE;
            case PUBLISH -> Transition.PUBLISH;
            case SEND_BACK -> Transition.SEND_BACK;
            case WITHDRAW -> Transition.WITHDRAW;
            case TAKE_BACK -> Transition.TAKE_BACK;
            case DELETE -> Transition.DELETE;
            case ARCHIVE -> Transition.ARCHIVE;
            case VIEW, SUBMIT, VIEW_HISTORY -> null;
        };
        if (transition != null) {
            guarded.check(transition, action);
        } else {
            guarded.require(action);
        }
        return LessonDetails.of(guarded.lesson);
    }

    /** Lessons the actor wrote, most recently changed first. */
    public List<LessonSummary> writtenBy(Actor actor) {
        return actor.isSystem() ? List.of()
                : lessons.findByAuthorIdOrderByUpdatedAtDesc(actor.memberId()).stream()
                        .filter(l -> !l.isDeleted()).map(LessonSummary::of).toList();
    }

    /** Drafts by colleagues in the actor's organisation (and the actor's own), most recently changed first. */
    public List<LessonSummary> organisationDrafts(Actor actor) {
        return actor.organisationId() == null ? List.of()
                : lessons.findByOrganisationIdAndStateOrderByUpdatedAtDesc(actor.organisationId(), LessonState.DRAFT)
                        .stream().filter(l -> !l.isDeleted()).map(LessonSummary::of).toList();
    }

    /** Lessons in review that the actor has been asked to review and has to act on. */
    public List<LessonSummary> awaitingReviewBy(Actor actor) {
        if (actor.isSystem()) {
            return List.of();
        }
        return lessons.findAllById(assignments.findLessonIdsAssignedTo(actor.memberId())).stream()
                .filter(l -> LessonPolicy.allows(actor, Action.REVIEW, facts(l)))
                .sorted(Comparator.comparing(Lesson::getUpdatedAt)).map(LessonSummary::of).toList();
    }

    /** Submitted lessons waiting for reviewers, oldest first, that the actor may assign reviewers to. */
    public List<LessonSummary> awaitingReviewers(Actor actor) {
        return lessons.findByStateOrderByUpdatedAtAsc(LessonState.SUBMITTED).stream()
                .filter(l -> LessonPolicy.allows(actor, Action.ASSIGN_REVIEWERS, facts(l)))
                .map(LessonSummary::of).toList();
    }

    /** Approved lessons the actor may publish, oldest first. */
    public List<LessonSummary> awaitingPublicationBy(Actor actor) {
        return lessons.findByStateOrderByUpdatedAtAsc(LessonState.APPROVED).stream()
                .filter(l -> LessonPolicy.allows(actor, Action.PUBLISH, facts(l)))
                .map(LessonSummary::of).toList();
    }

    /** The most recently published lessons (every signed-in member may see them). */
    public List<LessonSummary> recentlyPublished(int limit) {
        return lessons.findByStateOrderByPublishedOnDescIdDesc(LessonState.PUBLISHED,
                PageRequest.of(0, Math.max(1, Math.min(limit, 200)))).stream().map(LessonSummary::of).toList();
    }

    /**
     * How many lessons are published, by type of project, most first (figures anyone may see: the public front page
     * shows them). Types without a published lesson are left out.
     */
    public Map<ProjectType, Long> publishedByProjectType() {
        Map<ProjectType, Long> counts = new LinkedHashMap<>();
        lessons.countByProjectType(LessonState.PUBLISHED).stream()
                .filter(row -> row[0] != null)
                .sorted(Comparator.comparing((Object[] row) -> -((Number) row[1]).longValue())
                        .thenComparing(row -> ((ProjectType) row[0]).ordinal()))
                .forEach(row -> counts.put((ProjectType) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    // --------------------------------------------------------------------------------- information governance

    /**
     * What the patient-data check finds in the lesson now, leaving out findings the author has confirmed are not
     * patient information. Empty means the check passes.
     */
    public List<PatientDataFinding> patientDataFindings(Long lessonId, Actor actor) {
        Guarded guarded = guard(lessonId, actor);
        return unconfirmedFindings(guarded.lesson);
    }

    /**
     * What the patient-data check finds in text the author is typing (not necessarily saved), leaving out findings
     * they confirmed for the lesson. {@code lessonId} is {@code null} for a lesson not saved yet.
     */
    public List<PatientDataFinding> patientDataFindings(Long lessonId, Actor actor, LessonContent content) {
        List<PatientDataFinding> findings = new ArrayList<>(PatientDataScanner.scan(content));
        if (lessonId != null) {
            List<FalsePositiveConfirmation> confirmed = confirmations.findByLessonIdOrderByConfirmedAtAsc(
                    guard(lessonId, actor).lesson.getId());
            findings.removeIf(f -> confirmed.stream().anyMatch(c -> c.covers(f)));
        }
        return List.copyOf(findings);
    }

    /** The findings the author confirmed are not patient information, with their reasons. */
    public List<ConfirmedFinding> confirmedFindings(Long lessonId, Actor actor) {
        guard(lessonId, actor);
        return confirmations.findByLessonIdOrderByConfirmedAtAsc(lessonId).stream()
                .map(FalsePositiveConfirmation::toView).toList();
    }

    /**
     * The author confirms that one finding is not patient information (for example, a made-up example or a
     * reference number), with a reason. The confirmation is kept and audited; the same text in the same field no
     * longer stops submission.
     */
    @Transactional
    public ConfirmedFinding confirmNotPatientData(Long lessonId, Actor actor, PatientDataFinding finding,
            String reason) {
        Guarded guarded = guard(lessonId, actor);
        guarded.check(Transition.EDIT, Action.EDIT);
        String why = requireReason(reason, "reason", "Explain why this is not patient information");
        boolean present = PatientDataScanner.scan(guarded.lesson.getContent()).stream()
                .anyMatch(f -> f.isSameAs(finding.field(), finding.kind(), finding.match()));
        if (!present) {
            throw new DomainException("\"" + finding.match() + "\" is no longer in " + LessonFields.label(
                    finding.field()) + ", so there is nothing to confirm.");
        }
        FalsePositiveConfirmation confirmation = confirmations.save(new FalsePositiveConfirmation(lessonId, finding,
                why, actor.memberId(), clock.instant()));
        record(guarded.lesson, actor, "ig.not-patient-data", null, null, "Confirmed that \"" + finding.match()
                + "\" in " + LessonFields.label(finding.field()) + " is not patient information ("
                + finding.kind().description() + ")", why);
        return confirmation.toView();
    }

    // ----------------------------------------------------------------------------------------------- submission

    /**
     * Submits a draft for review: checks it is complete ({@link ValidationException} otherwise) and free of
     * patient-identifiable information ({@link PatientDataException} otherwise), keeps a copy as round 1, and moves
     * it to {@link LessonState#SUBMITTED}. Publishes {@link LessonSubmitted}.
     *
     * @param expectedVersion the version the author is looking at, so they submit what they see
     */
    @Transactional
    public LessonDetails submit(Long lessonId, Actor actor, long expectedVersion) {
        Guarded guarded = guard(lessonId, actor);
        guarded.check(Transition.SUBMIT, Action.SUBMIT);
        Lesson lesson = guarded.lesson;
        requireVersion(lesson, expectedVersion);
        requireReadyToSubmit(lesson);
        Instant now = clock.instant();
        int round = lesson.startRound(now);
        keepRound(lesson, round, actor, now);
        lesson.moveTo(LessonState.SUBMITTED, now);
        flush(ConcurrentEditException.EDIT_MESSAGE);
        record(lesson, actor, "lesson.submitted", LessonState.DRAFT, LessonState.SUBMITTED,
                "Submitted for review (round " + round + ")", null);
        events.publishEvent(new LessonSubmitted(lesson.getId(), round, lesson.getAuthorId(), lesson.getOrganisationId(),
                lesson.getContent().projectType(), now));
        return LessonDetails.of(lesson);
    }

    /**
     * Resubmits a lesson after changes were asked for, as a new round (checked like a first submission). The
     * previous round's reviewers, if still assigned, carry over and the lesson goes straight back
     * {@link LessonState#IN_REVIEW}; otherwise it is {@link LessonState#SUBMITTED} and waits for reviewers.
     * Publishes {@link LessonResubmitted}.
     */
    @Transactional
    public LessonDetails resubmit(Long lessonId, Actor actor, long expectedVersion) {
        Guarded guarded = guard(lessonId, actor);
        guarded.check(Transition.RESUBMIT, Action.SUBMIT);
        Lesson lesson = guarded.lesson;
        requireVersion(lesson, expectedVersion);
        requireReadyToSubmit(lesson);
        Instant now = clock.instant();
        List<Long> carriedOver = guarded.facts.currentReviewerIds().stream().sorted().toList();
        int round = lesson.startRound(now);
        keepRound(lesson, round, actor, now);
        for (Long reviewerId : carriedOver) {
            assignments.save(new ReviewerAssignment(lesson.getId(), reviewerId, round, null, now));
        }
        LessonState next = carriedOver.isEmpty() ? LessonState.SUBMITTED : LessonState.IN_REVIEW;
        lesson.moveTo(next, now);
        flush(ConcurrentEditException.EDIT_MESSAGE);
        record(lesson, actor, "lesson.resubmitted", LessonState.CHANGES_REQUESTED, next,
                "Resubmitted with changes (round " + round + ")" + (carriedOver.isEmpty() ? ""
                        : "; the same reviewers continue"), null);
        events.publishEvent(new LessonResubmitted(lesson.getId(), round, lesson.getAuthorId(), next, carriedOver,
                now));
        return LessonDetails.of(lesson);
    }

    // ------------------------------------------------------------------------------------------------ reviewers

    /**
     * Asks a reviewer to review the current round. Allowed while the lesson is submitted or in review, for the
     * workflow ({@link Actor#SYSTEM}), publishers and administrators. Never the author, nor anyone belonging to the
     * author's organisation through any of their memberships ({@link ConflictOfInterestException}). Assigning someone already assigned does nothing.
     */
    @Transactional
    public AssignedReviewer assignReviewer(Long lessonId, Long reviewerId, Actor actor) {
        Guarded guarded = guard(lessonId, actor);
        guarded.check(Transition.ASSIGN_REVIEWER, Action.ASSIGN_REVIEWERS);
        Lesson lesson = guarded.lesson;
        Member reviewer = organisations.getMember(reviewerId);
        if (reviewer.getId().equals(lesson.getAuthorId())) {
            throw new ConflictOfInterestException(reviewer.getName() + " wrote this lesson, so they cannot review it.");
        }
        if (reviewer.belongsTo(lesson.getOrganisationId())) {
            throw new ConflictOfInterestException(reviewer.getName() + " works for the organisation that wrote this "
                    + "lesson, so they cannot review it.");
        }
        if (!reviewer.hasRole(Roles.REVIEWER)) {
            throw new NotAllowedException(reviewer.getName() + " is not a reviewer, so they cannot be asked to "
                    + "review lessons.");
        }
        Optional<ReviewerAssignment> existing = currentAssignment(lesson, reviewerId);
        if (existing.isPresent()) {
            return existing.get().toView();
        }
        Instant now = clock.instant();
        ReviewerAssignment assignment = assignments.save(new ReviewerAssignment(lesson.getId(), reviewerId,
                lesson.getRound(), actor.memberId(), now));
        record(lesson, actor, "reviewer.assigned", null, null, "Asked " + reviewer.getName() + " to review round "
                + lesson.getRound(), null);
        events.publishEvent(new ReviewerAssigned(lesson.getId(), reviewerId, lesson.getRound(), actor.memberId(), now));
        return assignment.toView();
    }

    /** Takes a reviewer off the current round (they declined, or a conflict of interest came to light). */
    @Transactional
    public void releaseReviewer(Long lessonId, Long reviewerId, Actor actor, String reason) {
        Guarded guarded = guard(lessonId, actor);
        guarded.check(Transition.ASSIGN_REVIEWER, Action.ASSIGN_REVIEWERS);
        Lesson lesson = guarded.lesson;
        ReviewerAssignment assignment = currentAssignment(lesson, reviewerId).orElseThrow(
                () -> new NotFoundException("That reviewer is not assigned to this lesson."));
        Instant now = clock.instant();
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        assignment.release(actor.memberId(), why, now);
        record(lesson, actor, "reviewer.released", null, null, "Took " + organisations.getMember(reviewerId).getName()
                + " off the review of round " + lesson.getRound(), why);
        events.publishEvent(new ReviewerReleased(lesson.getId(), reviewerId, lesson.getRound(), why, now));
    }

    /** Starts the review of a submitted lesson once at least one reviewer is assigned. */
    @Transactional
    public LessonDetails startReview(Long lessonId, Actor actor) {
        Guarded guarded = guard(lessonId, actor);
        guarded.check(Transition.START_REVIEW, Action.ASSIGN_REVIEWERS);
        Lesson lesson = guarded.lesson;
        List<Long> reviewers = guarded.facts.currentReviewerIds().stream().sorted().toList();
        if (reviewers.isEmpty()) {
            throw new LessonStateException(lesson.getState(),
                    "Assign at least one reviewer before the review starts.");
        }
        Instant now = clock.instant();
        lesson.moveTo(LessonState.IN_REVIEW, now);
        flush(ConcurrentEditException.ACTION_MESSAGE);
        record(lesson, actor, "review.started", LessonState.SUBMITTED, LessonState.IN_REVIEW,
                "Review of round " + lesson.getRound() + " started", null);
        events.publishEvent(new LessonReviewStarted(lesson.getId(), lesson.getRound(), reviewers, now));
        return LessonDetails.of(lesson);
    }

    /** Every reviewer ever assigned to the lesson, by round. */
    public List<AssignedReviewer> reviewers(Long lessonId, Actor actor) {
        Guarded guarded = guard(lessonId, actor);
        guarded.require(Action.VIEW_HISTORY);
        return assignments.findForLesson(lessonId).stream().map(ReviewerAssignment::toView).toList();
    }

    // ------------------------------------------------------------------------------------- concluding a review

    /** The review concludes the author should make changes; the lesson goes back to the author. */
    @Transactional
    public LessonDetails requestChanges(Long lessonId, Actor actor, String reason) {
        Guarded guarded = guard(lessonId, actor);
        guarded.check(Transition.REQUEST_CHANGES, Action.CONCLUDE_REVIEW);
        String why = requireReason(reason, "reason", "Explain what the author needs to change");
        Lesson lesson = move(guarded, actor, LessonState.CHANGES_REQUESTED, "changes.requested",
                "Asked the author for changes (round " + guarded.lesson.getRound() + ")", why);
        events.publishEvent(new LessonChangesRequested(lesson.getId(), lesson.getRound(), actor.memberId(), why,
                lesson.getUpdatedAt()));
        return LessonDetails.of(lesson);
    }

    /** The review concludes the lesson is ready to publish. */
    @Transactional
    public LessonDetails approve(Long lessonId, Actor actor, String note) {
        Guarded guarded = guard(lessonId, actor);
        guarded.check(Transition.APPROVE, Action.CONCLUDE_REVIEW);
        String why = note == null || note.isBlank() ? null : note.strip();
        Lesson lesson = move(guarded, actor, LessonState.APPROVED, "lesson.approved",
                "Approved after review (round " + guarded.lesson.getRound() + ")", why);
        events.publishEvent(new LessonApproved(lesson.getId(), lesson.getRound(), actor.memberId(), why,
                lesson.getUpdatedAt()));
        return LessonDetails.of(lesson);
    }

    /** The review concludes the lesson will not be published. */
    @Transactional
    public LessonDetails decline(Long lessonId, Actor actor, String reason) {
        Guarded guarded = guard(lessonId, actor);
        guarded.check(Transition.DECLINE, Action.CONCLUDE_REVIEW);
        String why = requireReason(reason, "reason", "Explain why the lesson is declined");
        Lesson lesson = move(guarded, actor, LessonState.DECLINED, "lesson.declined",
                "Declined after review (round " + guarded.lesson.getRound() + ")", why);
        events.publishEvent(new LessonDeclined(lesson.getId(), lesson.getRound(), actor.memberId(), why,
                lesson.getUpdatedAt()));
        return LessonDetails.of(lesson);
    }

    // ---------------------------------------------------------------------------------------------- publication

    /** A publisher (who neither wrote nor reviewed it) publishes an approved lesson. */
    @Transactional
    public LessonDetails publish(Long lessonId, Actor actor) {
        Guarded guarded = guard(lessonId, actor);
        guarded.check(Transition.PUBLISH, Action.PUBLISH);
        Lesson lesson = guarded.lesson;
        Instant now = clock.instant();
        LocalDate today = today();
        lesson.publish(today, now);
        flush(ConcurrentEditException.ACTION_MESSAGE);
        record(lesson, actor, "lesson.published", LessonState.APPROVED, LessonState.PUBLISHED, "Published", null);
        events.publishEvent(new LessonPublished(lesson.getId(), actor.memberId(), today, now));
        return LessonDetails.of(lesson);
    }

    /** A publisher sends an approved lesson back to the reviewers or the author, with a reason. */
    @Transactional
    public LessonDetails sendBack(Long lessonId, Actor actor, SendBackTo to, String reason) {
        Guarded guarded = guard(lessonId, actor);
        guarded.check(Transition.SEND_BACK, Action.SEND_BACK);
        String why = requireReason(reason, "reason", "Explain why the lesson is being sent back");
        if (to == SendBackTo.REVIEWERS && guarded.facts.currentReviewerIds().isEmpty()) {
            throw new LessonStateException(guarded.lesson.getState(), "Nobody is reviewing this lesson any more, so "
                    + "it can only be sent back to its author.");
        }
        Lesson lesson = move(guarded, actor, to.state(), "lesson.sent-back", to == SendBackTo.AUTHOR
                ? "Sent back to the author for changes" : "Sent back to the reviewers", why);
        events.publishEvent(new LessonSentBack(lesson.getId(), lesson.getRound(), actor.memberId(), to.state(), why,
                lesson.getUpdatedAt()));
        return LessonDetails.of(lesson);
    }

    /** The author withdraws the lesson before it is published. The reason is optional. */
    @Transactional
    public LessonDetails withdraw(Long lessonId, Actor actor, String reason) {
        Guarded guarded = guard(lessonId, actor);
        guarded.check(Transition.WITHDRAW, Action.WITHDRAW);
        LessonState from = guarded.lesson.getState();
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        Lesson lesson = move(guarded, actor, LessonState.WITHDRAWN, "lesson.withdrawn", "Withdrawn by the author",
                why);
        events.publishEvent(new LessonWithdrawn(lesson.getId(), actor.memberId(), from, why, lesson.getUpdatedAt()));
        return LessonDetails.of(lesson);
    }

    /** An administrator retires a published lesson as out of date, saying why. */
    @Transactional
    public LessonDetails archive(Long lessonId, Actor actor, String reason) {
        Guarded guarded = guard(lessonId, actor);
        guarded.check(Transition.ARCHIVE, Action.ARCHIVE);
        String why = requireReason(reason, "reason", "Explain why this lesson is out of date");
        Lesson lesson = guarded.lesson;
        lesson.archive(why, clock.instant());
        flush(ConcurrentEditException.ACTION_MESSAGE);
        record(lesson, actor, "lesson.archived", LessonState.PUBLISHED, LessonState.ARCHIVED,
                "Archived as out of date", why);
        events.publishEvent(new LessonArchived(lesson.getId(), actor.memberId(), why, lesson.getUpdatedAt()));
        return LessonDetails.of(lesson);
    }

    // ---------------------------------------------------------------------------------------------------- history

    /** The lesson's submission rounds, first to last. */
    public List<RoundSummary> rounds(Long lessonId, Actor actor) {
        guard(lessonId, actor).require(Action.VIEW_HISTORY);
        return rounds.findByLessonIdOrderByNumberAsc(lessonId).stream()
                .map(r -> new RoundSummary(r.number(), r.submittedAt(), r.submittedBy())).toList();
    }

    /** The content exactly as submitted in a round. */
    public LessonContent roundContent(Long lessonId, Actor actor, int round) {
        guard(lessonId, actor).require(Action.VIEW_HISTORY);
        return LessonSnapshots.read(round(lessonId, round).content());
    }

    /** What changed between two rounds, field by field. */
    public List<FieldChange> compareRounds(Long lessonId, Actor actor, int fromRound, int toRound) {
        guard(lessonId, actor).require(Action.VIEW_HISTORY);
        return LessonDiff.between(LessonSnapshots.read(round(lessonId, fromRound).content()),
                LessonSnapshots.read(round(lessonId, toRound).content()));
    }

    /** What the lesson's current text changes compared with its latest round (for an author revising it). */
    public List<FieldChange> changesSinceLatestRound(Long lessonId, Actor actor) {
        Guarded guarded = guard(lessonId, actor);
        guarded.require(Action.VIEW_HISTORY);
        if (guarded.lesson.getRound() == 0) {
            throw new LessonStateException(guarded.lesson.getState(),
                    "This lesson has not been submitted yet, so there is no earlier version to compare with.");
        }
        return LessonDiff.between(LessonSnapshots.read(round(lessonId, guarded.lesson.getRound()).content()),
                guarded.lesson.getContent());
    }

    /**
     * Every change of state and decision on the lesson, oldest first: who, when, what and why. A reviewer who has not
     * sent their review of the round under way does not see the others' reviews of it ({@link BlindReview}).
     */
    public List<AuditEntry> auditTrail(Long lessonId, Actor actor) {
        Guarded guarded = guard(lessonId, actor);
        guarded.require(Action.VIEW_HISTORY);
        List<AuditEntry> trail = audit.forLesson(lessonId);
        return BlindReview.hiddenRound(actor, guarded.lesson, assignments.findForLesson(lessonId), trail)
                .map(round -> BlindReview.withoutOthersReviews(trail, actor, round)).orElse(trail);
    }

    /**
     * The round whose reviews by others the actor may not read yet ({@link BlindReview}): the round under way, when
     * they were asked to review it and have not sent their review. Empty when they may read every review.
     */
    public Optional<Integer> blindRound(Long lessonId, Actor actor) {
        Guarded guarded = guard(lessonId, actor);
        return BlindReview.hiddenRound(actor, guarded.lesson, assignments.findForLesson(lessonId),
                audit.forLesson(lessonId));
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    LocalDate today() {
        return LocalDate.now(clock.withZone(NHS_ZONE));
    }

    LessonFacts facts(Lesson lesson) {
        List<ReviewerAssignment> all = lesson.getId() == null ? List.of() : assignments.findForLesson(lesson.getId());
        Set<Long> current = all.stream().filter(a -> a.isActive() && a.round() == lesson.getRound())
                .map(ReviewerAssignment::memberId).collect(Collectors.toSet());
        Set<Long> active = all.stream().filter(ReviewerAssignment::isActive).map(ReviewerAssignment::memberId)
                .collect(Collectors.toSet());
        Set<Long> ever = all.stream().map(ReviewerAssignment::memberId).collect(Collectors.toSet());
        // imported lessons arrive published without a round: they passed the checks where they came from
        boolean everSubmitted = lesson.getRound() > 0 || lesson.getState() == LessonState.PUBLISHED
                || lesson.getState() == LessonState.ARCHIVED;
        return new LessonFacts(lesson.getState(), lesson.getAuthorId(), lesson.getOrganisationId(), current, active,
                ever, everSubmitted);
    }

    private Guarded guard(Long lessonId, Actor actor) {
        Lesson lesson = lessonId == null ? null : lessons.findById(lessonId).orElse(null);
        if (lesson == null || lesson.isDeleted()) {
            throw new NotFoundException("We could not find that lesson.");
        }
        LessonFacts facts = facts(lesson);
        if (!LessonPolicy.allows(actor, Action.VIEW, facts)) {
            throw new NotFoundException("We could not find that lesson.");
        }
        return new Guarded(lesson, facts, actor);
    }

    private Optional<ReviewerAssignment> currentAssignment(Lesson lesson, Long reviewerId) {
        return assignments.findForLesson(lesson.getId()).stream()
                .filter(a -> a.isActive() && a.round() == lesson.getRound() && a.memberId().equals(reviewerId))
                .findFirst();
    }

    private Lesson move(Guarded guarded, Actor actor, LessonState next, String action, String description,
            String reason) {
        Lesson lesson = guarded.lesson;
        LessonState from = lesson.getState();
        lesson.moveTo(next, clock.instant());
        flush(ConcurrentEditException.ACTION_MESSAGE);
        record(lesson, actor, action, from, next, description, reason);
        return lesson;
    }

    /** Every check at once: missing parts, lengths and patient data are refused together. */
    private void requireReadyToSubmit(Lesson lesson) {
        List<FieldError> errors = LessonValidator.checkComplete(lesson.getContent(), today());
        List<PatientDataFinding> findings = unconfirmedFindings(lesson);
        if (!findings.isEmpty()) {
            throw new PatientDataException(findings, errors);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private List<PatientDataFinding> unconfirmedFindings(Lesson lesson) {
        List<FalsePositiveConfirmation> confirmed = confirmations.findByLessonIdOrderByConfirmedAtAsc(lesson.getId());
        List<PatientDataFinding> findings = new ArrayList<>(PatientDataScanner.scan(lesson.getContent()));
        findings.removeIf(f -> confirmed.stream().anyMatch(c -> c.covers(f)));
        return List.copyOf(findings);
    }

    private void keepRound(Lesson lesson, int round, Actor actor, Instant now) {
        rounds.save(new SubmissionRound(lesson.getId(), round, actor.memberId(),
                LessonSnapshots.write(lesson.getContent()), now));
    }

    private SubmissionRound round(Long lessonId, int round) {
        return rounds.findByLessonIdAndNumber(lessonId, round)
                .orElseThrow(() -> new NotFoundException("This lesson has no round " + round + "."));
    }

    private static void requireVersion(Lesson lesson, long expectedVersion) {
        if (lesson.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
    }

    private static String requireReason(String reason, String field, String message) {
        if (reason == null || reason.strip().length() < REASON_MIN) {
            throw new ValidationException(List.of(new FieldError(field, message)));
        }
        if (reason.length() > 4000) {
            throw new ValidationException(List.of(new FieldError(field, "Keep this to 4,000 characters or fewer")));
        }
        return reason.strip();
    }

    private void flush(String message) {
        try {
            lessons.flush();
        } catch (OptimisticLockingFailureException | OptimisticLockException e) {
            throw new ConcurrentEditException(message, e);
        }
    }

    private void record(Lesson lesson, Actor actor, String action, LessonState from, LessonState to,
            String description, String reason) {
        audit.record(new AuditRecord(lesson.getId(), actor.memberId(), action, from == null ? null : from.name(),
                to == null ? null : to.name(), lesson.getRound() == 0 ? null : lesson.getRound(), description,
                reason));
    }

    /** A lesson the actor may see, with what the policy needs to know. */
    private static final class Guarded {
        final Lesson lesson;
        final LessonFacts facts;
        final Actor actor;

        Guarded(Lesson lesson, LessonFacts facts, Actor actor) {
            this.lesson = lesson;
            this.facts = facts;
            this.actor = actor;
        }

        /** The lifecycle first (the clearer message), then who may do it. */
        void check(Transition transition, Action action) {
            transition.check(lesson.getState());
            require(action);
        }

        void require(Action action) {
            Decision decision = LessonPolicy.decide(actor, action, facts);
            if (!decision.allowed()) {
                throw new NotAllowedException(decision.reason());
            }
        }
    }
}
