package org.lessonsportal.domain.lesson;

import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.audit.AuditEntry;
import org.lessonsportal.domain.lesson.LessonPolicy.Action;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.ConcurrentEditException;
import org.lessonsportal.domain.shared.NotAllowedException;
import org.lessonsportal.domain.shared.NotFoundException;
import org.lessonsportal.domain.shared.ValidationException;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.domain.taxonomy.Setting;
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
 * <p>
 * This class is the door and the transaction boundary only; the work is done by package-private parts, one per job,
 * which all load and check a lesson through {@link LessonGuard}: {@link LessonWriting}, {@link LessonQueries},
 * {@link PatientDataChecks}, {@link LessonReviewers}, {@link LessonDecisions} and {@link LessonHistory}. It is one
 * piece, a little past 300 lines, on purpose: every method is a documented one-line hand-over, and the feature's
 * callers need one door rather than seven.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class LessonService {

    static final ZoneId NHS_ZONE = ZoneId.of("Europe/London");

    private final LessonGuard guard;
    private final LessonWriting writing;
    private final LessonQueries queries;
    private final PatientDataChecks patientData;
    private final LessonReviewers reviewers;
    private final LessonDecisions decisions;
    private final LessonHistory history;

    /**
     * Starts a lesson for the actor's organisation. The content may be incomplete (even empty); only the storage
     * limits of {@link LessonValidator#checkStorable} apply.
     */
    @Transactional
    public LessonDetails createDraft(Actor actor, LessonContent content) {
        return writing.createDraft(actor, content);
    }

    /**
     * Says that the author's draft builds on an earlier published lesson the author may read (issue 16: an
     * organisation that reused a lesson writes its own), or on nothing ({@code null}). The link shows on both
     * lessons' pages and travels in exports.
     */
    @Transactional
    public LessonDetails buildOn(Long lessonId, Actor actor, Long buildsOnId) {
        return writing.buildOn(lessonId, actor, buildsOnId);
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
        return writing.saveDraft(lessonId, actor, content, expectedVersion);
    }

    /** The lesson, if the actor may see it; otherwise {@link NotFoundException}. */
    public LessonDetails get(Long lessonId, Actor actor) {
        return LessonDetails.of(guard.guard(lessonId, actor).lesson);
    }

    /**
     * The lesson's line (title, state, round, author, organisation), if the actor may see it; otherwise
     * {@link NotFoundException}. Lighter than {@link #get}: its content is not read.
     */
    public LessonSummary summary(Long lessonId, Actor actor) {
        return LessonSummary.of(guard.guard(lessonId, actor).lesson);
    }

    /** {@link #summary} of each lesson the actor may see, by id, all read at once (for task lists). */
    public Map<Long, LessonSummary> summaries(Collection<Long> lessonIds, Actor actor) {
        return queries.summaries(lessonIds, actor);
    }

    /** What the actor may do to the lesson now (for showing buttons); empty if they may not see it. */
    public Set<Action> allowedActions(Long lessonId, Actor actor) {
        return queries.allowedActions(lessonId, actor);
    }

    /**
     * Checks that the actor may take the action on the lesson now, and returns its line (its content is not read). For
     * other parts of the domain (reviews) and for UIs that want the reason before offering an action.
     */
    public LessonSummary require(Long lessonId, Actor actor, Action action) {
        return LessonSummary.of(guard.require(lessonId, actor, action).lesson);
    }

    /** Lessons the actor wrote, most recently changed first. */
    public List<LessonSummary> writtenBy(Actor actor) {
        return queries.writtenBy(actor);
    }

    /** Drafts by colleagues in the actor's organisation (and the actor's own), most recently changed first. */
    public List<LessonSummary> organisationDrafts(Actor actor) {
        return queries.organisationDrafts(actor);
    }

    /** Lessons in review that the actor has been asked to review and has to act on. */
    public List<LessonSummary> awaitingReviewBy(Actor actor) {
        return queries.awaitingReviewBy(actor);
    }

    /** Submitted lessons waiting for reviewers, oldest first, that the actor may assign reviewers to. */
    public List<LessonSummary> awaitingReviewers(Actor actor) {
        return queries.awaitingReviewers(actor);
    }

    /** Approved lessons the actor may publish, oldest first. */
    public List<LessonSummary> awaitingPublicationBy(Actor actor) {
        return queries.awaitingPublicationBy(actor);
    }

    /** Published lessons that build on this one (issue 16), most recently published first. */
    public List<LessonSummary> buildingOn(Long lessonId) {
        return queries.buildingOn(lessonId);
    }

    /** The most recently published lessons (every signed-in member may see them). */
    public List<LessonSummary> recentlyPublished(int limit) {
        return queries.recentlyPublished(limit);
    }

    /**
     * How many lessons are published, by type of project, most first (figures anyone may see: the public front page
     * shows them). Types without a published lesson are left out.
     */
    public Map<ProjectType, Long> publishedByProjectType() {
        return queries.publishedByProjectType();
    }

    /**
     * The challenge playbook's figures: what published lessons of the type (and care setting, unless {@code null}) met,
     * each with up to {@code examplesPerChallenge} of the lessons' accounts of it, newest first.
     */
    public ChallengesMet challengesMet(ProjectType type, Setting settingOrNull, int examplesPerChallenge) {
        return queries.challengesMet(type, settingOrNull, examplesPerChallenge);
    }

    /**
     * What the patient-data check finds in the lesson now, leaving out findings the author has confirmed are not
     * patient information. Empty means the check passes.
     */
    public List<PatientDataFinding> patientDataFindings(Long lessonId, Actor actor) {
        return patientData.findings(lessonId, actor);
    }

    /**
     * What the patient-data check finds in text the author is typing (not necessarily saved), leaving out findings
     * they confirmed for the lesson. {@code lessonId} is {@code null} for a lesson not saved yet.
     */
    public List<PatientDataFinding> patientDataFindings(Long lessonId, Actor actor, LessonContent content) {
        return patientData.findings(lessonId, actor, content);
    }

    /** The findings the author confirmed are not patient information, with their reasons. */
    public List<ConfirmedFinding> confirmedFindings(Long lessonId, Actor actor) {
        return patientData.confirmedFindings(lessonId, actor);
    }

    /**
     * The author confirms that one finding is not patient information (for example, a made-up example or a
     * reference number), with a reason. The confirmation is kept and audited; the same text in the same field no
     * longer stops submission.
     */
    @Transactional
    public ConfirmedFinding confirmNotPatientData(Long lessonId, Actor actor, PatientDataFinding finding,
            String reason) {
        return patientData.confirmNotPatientData(lessonId, actor, finding, reason);
    }

    /**
     * Submits a draft for review: checks it is complete ({@link ValidationException} otherwise) and free of
     * patient-identifiable information ({@link PatientDataException} otherwise), keeps a copy as round 1, and moves
     * it to {@link LessonState#SUBMITTED}. Publishes {@link LessonSubmitted}.
     *
     * @param expectedVersion the version the author is looking at, so they submit what they see
     */
    @Transactional
    public LessonDetails submit(Long lessonId, Actor actor, long expectedVersion) {
        return writing.submit(lessonId, actor, expectedVersion);
    }

    /**
     * Resubmits a lesson after changes were asked for, as a new round (checked like a first submission). The
     * previous round's reviewers, if still assigned, carry over and the lesson goes straight back
     * {@link LessonState#IN_REVIEW}; otherwise it is {@link LessonState#SUBMITTED} and waits for reviewers.
     * Publishes {@link LessonResubmitted}.
     */
    @Transactional
    public LessonDetails resubmit(Long lessonId, Actor actor, long expectedVersion) {
        return writing.resubmit(lessonId, actor, expectedVersion);
    }

    /**
     * Asks a reviewer to review the current round. Allowed while the lesson is submitted or in review, for the
     * workflow ({@link Actor#SYSTEM}), publishers and administrators. Never the author, nor anyone belonging to the
     * author's organisation through any of their memberships ({@link ConflictOfInterestException}). Assigning
     * someone already assigned does nothing.
     */
    @Transactional
    public AssignedReviewer assignReviewer(Long lessonId, Long reviewerId, Actor actor) {
        return reviewers.assign(lessonId, reviewerId, actor);
    }

    /** Takes a reviewer off the current round (they declined, or a conflict of interest came to light). */
    @Transactional
    public void releaseReviewer(Long lessonId, Long reviewerId, Actor actor, String reason) {
        reviewers.release(lessonId, reviewerId, actor, reason);
    }

    /**
     * Starts the review of a submitted lesson once at least one reviewer is assigned. Returns its line: the workflow
     * starts reviews and needs no content.
     */
    @Transactional
    public LessonSummary startReview(Long lessonId, Actor actor) {
        return reviewers.startReview(lessonId, actor);
    }

    /** Every reviewer ever assigned to the lesson, by round. */
    public List<AssignedReviewer> reviewers(Long lessonId, Actor actor) {
        return reviewers.reviewers(lessonId, actor);
    }

    /**
     * The review concludes the author should make changes; the lesson goes back to the author. Returns its line: the
     * workflow concludes rounds and needs no content.
     */
    @Transactional
    public LessonSummary requestChanges(Long lessonId, Actor actor, String reason) {
        return decisions.requestChanges(lessonId, actor, reason);
    }

    /** The review concludes the lesson is ready to publish. Returns its line, like {@link #requestChanges}. */
    @Transactional
    public LessonSummary approve(Long lessonId, Actor actor, String note) {
        return decisions.approve(lessonId, actor, note);
    }

    /** The review concludes the lesson will not be published. */
    @Transactional
    public LessonDetails decline(Long lessonId, Actor actor, String reason) {
        return decisions.decline(lessonId, actor, reason);
    }

    /** A publisher (who neither wrote nor reviewed it) publishes an approved lesson. */
    @Transactional
    public LessonDetails publish(Long lessonId, Actor actor) {
        return decisions.publish(lessonId, actor);
    }

    /** A publisher sends an approved lesson back to the reviewers or the author, with a reason. */
    @Transactional
    public LessonDetails sendBack(Long lessonId, Actor actor, SendBackTo to, String reason) {
        return decisions.sendBack(lessonId, actor, to, reason);
    }

    /** The author withdraws the lesson before it is published. The reason is optional. */
    @Transactional
    public LessonDetails withdraw(Long lessonId, Actor actor, String reason) {
        return decisions.withdraw(lessonId, actor, reason);
    }

    /** An administrator retires a published lesson as out of date, saying why. */
    @Transactional
    public LessonDetails archive(Long lessonId, Actor actor, String reason) {
        return decisions.archive(lessonId, actor, reason);
    }

    /** The lesson's submission rounds, first to last. */
    public List<RoundSummary> rounds(Long lessonId, Actor actor) {
        return history.rounds(lessonId, actor);
    }

    /** The content exactly as submitted in a round. */
    public LessonContent roundContent(Long lessonId, Actor actor, int round) {
        return history.roundContent(lessonId, actor, round);
    }

    /** What changed between two rounds, field by field. */
    public List<FieldChange> compareRounds(Long lessonId, Actor actor, int fromRound, int toRound) {
        return history.compareRounds(lessonId, actor, fromRound, toRound);
    }

    /** What the lesson's current text changes compared with its latest round (for an author revising it). */
    public List<FieldChange> changesSinceLatestRound(Long lessonId, Actor actor) {
        return history.changesSinceLatestRound(lessonId, actor);
    }

    /**
     * Every change of state and decision on the lesson, oldest first: who, when, what and why. A reviewer who has not
     * sent their review of the round under way does not see the others' reviews of it ({@link BlindReview}).
     */
    public List<AuditEntry> auditTrail(Long lessonId, Actor actor) {
        return history.auditTrail(lessonId, actor);
    }

    /**
     * The round whose reviews by others the actor may not read yet ({@link BlindReview}): the round under way, when
     * they were asked to review it and have not sent their review. Empty when they may read every review.
     */
    public Optional<Integer> blindRound(Long lessonId, Actor actor) {
        return history.blindRound(lessonId, actor);
    }
}
