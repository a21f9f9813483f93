package org.lessonsportal.workflow.review;

import java.util.List;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.lesson.FieldChange;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.review.DeclineOverride;
import org.lessonsportal.domain.review.RevisionReplyService;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.ConcurrentEditException;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.domain.shared.NotAllowedException;
import org.lessonsportal.domain.shared.NotFoundException;
import org.lessonsportal.domain.shared.ValidationException;
import org.springframework.stereotype.Service;

/**
 * The review's tasks, for the UI: what each person has to do and doing it. The review workflow's door; no Camunda
 * type appears in it. Every method takes the {@link Actor} the UI built from the signed-in member and checks that
 * they may act (the domain's {@code LessonPolicy} plus who holds the task), refusing with a plain-English
 * {@link DomainException}: {@link NotFoundException} for a task that is gone or not theirs to see,
 * {@link NotAllowedException}, {@link ValidationException}, {@link ConcurrentEditException} when someone acted at the
 * same moment.
 * <p>
 * Each action changes the lesson and the process in one transaction (the engine shares the application's
 * transaction manager and data source; see {@link ReviewTransaction}).
 * <p>
 * A facade: the work is done by package-private parts, one per job — {@link TaskQueries} (reading),
 * {@link AuthorTaskActions}, {@link ReviewerTaskActions}, {@link TaskClaims}, {@link ReviewerChoices} (choosing and
 * replacing reviewers), {@link PublisherDecisions} and {@link OverrideDecisions} — sharing {@link TaskGuard}'s checks.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReviewTasks {

    /** The longest reason for giving a review to someone else that is kept. */
    public static final int REASSIGN_REASON_MAX = 1000;

    /** The longest reason for a publisher's or author's decision (send back, decline, override, withdraw). */
    public static final int REASON_MAX = 4000;

    static final String TASK_GONE = "We could not find that task. Someone may have completed it already, or the "
            + "lesson may have been withdrawn.";

    private final TaskQueries queries;
    private final AuthorTaskActions author;
    private final ReviewerTaskActions reviewer;
    private final TaskClaims claims;
    private final ReviewerChoices reviewerChoices;
    private final PublisherDecisions decisions;
    private final OverrideDecisions overrides;

    // ------------------------------------------------------------------------------------------------- reading

    /**
     * The actor's open tasks: reviews and revisions given to them, and for publishers the publishers' tasks they may
     * act on (unclaimed, or claimed by them). Soonest due first.
     */
    public List<ReviewTask> openTasks(Actor actor) {
        return queries.openTasks(actor);
    }

    /** One task, if the actor may act on it (for opening a task page). */
    public Optional<ReviewTask> task(String taskId, Actor actor) {
        return queries.task(taskId, actor);
    }

    /**
     * For a reviewer in a second or later round: what the author changed since the round this reviewer last
     * reviewed. Empty in their first round.
     */
    public List<FieldChange> changesSinceLastReview(String taskId, Actor actor) {
        return queries.changesSinceLastReview(taskId, actor);
    }

    /** For the author's revise task: every review so far, a publisher's reason if one sent it back, own changes. */
    public RevisionBrief revisionBrief(String taskId, Actor actor) {
        return queries.revisionBrief(taskId, actor);
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
        return queries.reviewsUnderWay(actor);
    }

    /** Who may be asked to review the lesson now, best first (for publishers and administrators). */
    public List<EligibleReviewer> eligibleReviewers(Long lessonId, Actor actor) {
        return queries.eligibleReviewers(lessonId, actor);
    }

    /**
     * For publishers asked to choose or add reviewers: why the lesson's round has fewer reviewers than it needs, with
     * who was asked and everyone left out and why, in plain English.
     *
     * @throws NotAllowedException for anyone who may not choose this lesson's reviewers
     */
    public ReviewerShortfall reviewerShortfall(Long lessonId, Actor actor) {
        return queries.reviewerShortfall(lessonId, actor);
    }

    // -------------------------------------------------------------------------------------------------- author

    /**
     * The author submits a draft (after the information-governance gate of {@code LessonService.submit}); its review
     * starts in the same transaction.
     */
    public LessonDetails submit(Long lessonId, Actor actor, long expectedVersion) {
        return author.submit(lessonId, actor, expectedVersion);
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
        return author.resubmit(taskId, actor, expectedVersion, reply);
    }

    /** The author withdraws the lesson before publication; its open tasks are cancelled. */
    public LessonDetails withdraw(Long lessonId, Actor actor, String reason) {
        return author.withdraw(lessonId, actor, reason);
    }

    // ------------------------------------------------------------------------------------------------ reviewer

    /**
     * Claims a task: publishers take a publishers' task so others see it is being handled; reviews and revisions are
     * already given to one person, so claiming them only checks it is the actor.
     */
    public void claim(String taskId, Actor actor) {
        claims.claim(taskId, actor);
    }

    /** Gives a claimed publishers' task back to all publishers. */
    public void unclaim(String taskId, Actor actor) {
        claims.unclaim(taskId, actor);
    }

    /**
     * The reviewer completes their review. A declared competing interest takes them off the lesson and hands the
     * review to the publishers for another reviewer; nothing else is recorded. Otherwise the review is recorded
     * (approve, ask for changes or decline, with comments); once every reviewer of the round has sent theirs, the
     * round is concluded.
     */
    public void completeReview(String taskId, Actor actor, ReviewDecision decision) {
        reviewer.completeReview(taskId, actor, decision);
    }

    // ----------------------------------------------------------------------------------------------- publisher

    /**
     * A publisher chooses reviewers on a "choose reviewers" task (not enough eligible reviewers were found
     * automatically) and the review starts. Each must be eligible ({@link #eligibleReviewers}); at least one reviewer
     * must be on the round in the end.
     */
    public void assignReviewers(String taskId, Actor actor, List<Long> reviewerIds) {
        reviewerChoices.assignReviewers(taskId, actor, reviewerIds);
    }

    /**
     * A publisher gives a review to another eligible reviewer: either an open review (the current reviewer is taken
     * off it and the new one starts afresh; see {@link #reviewsUnderWay}), a "choose another reviewer" task (after
     * a competing interest or an overdue review) or an "add a reviewer" task (a place of the round no reviewer could
     * be found for automatically; see {@link #reviewerShortfall}). The new reviewer must be
     * {@linkplain #eligibleReviewers eligible}: a reviewer from another organisation than the author's, not the
     * author, not already reviewing the lesson.
     *
     * @param reason why, for the record (optional)
     * @throws ValidationException when no reviewer is given
     * @throws NotAllowedException with the reason in plain English when the reviewer is not eligible, or the actor
     *                             is not a publisher who may choose this lesson's reviewers
     */
    public void reassign(String taskId, Actor actor, Long reviewerId, String reason) {
        reviewerChoices.reassign(taskId, actor, reviewerId, reason);
    }

    /** A publisher publishes the approved lesson: it becomes visible to everyone and its author is told. */
    public LessonDetails publish(String taskId, Actor actor) {
        return decisions.publish(taskId, actor);
    }

    /** A publisher sends the approved lesson back to its author, with a reason; the author revises and resubmits. */
    public LessonDetails sendBack(String taskId, Actor actor, String reason) {
        return decisions.sendBack(taskId, actor, reason);
    }

    /** The reviewers recommended declining and a publisher agrees: the lesson is declined; the author is told why. */
    public LessonDetails decline(String taskId, Actor actor, String reason) {
        return decisions.decline(taskId, actor, reason);
    }

    /**
     * The reviewers recommended declining but a publisher proposes to approve the lesson anyway, with a reason. Nothing
     * is approved yet: the task goes back to all publishers (and they are told), and a different publisher has to
     * {@linkplain #confirmOverride confirm} it, or may decline the lesson instead.
     */
    public LessonDetails override(String taskId, Actor actor, String reason) {
        return overrides.propose(taskId, actor, reason);
    }

    /**
     * A second publisher confirms another publisher's proposal to overrule the reviewers: the lesson is approved and
     * waits for publication like any approved lesson.
     *
     * @throws NotAllowedException for the publisher who proposed it, or one the policy refuses
     */
    public LessonDetails confirmOverride(String taskId, Actor actor) {
        return overrides.confirm(taskId, actor);
    }

    /** The proposal to overrule the reviewers that waits for a second publisher on a "decide" task, if any. */
    public Optional<DeclineOverride> overrideProposal(String taskId, Actor actor) {
        return overrides.pending(taskId, actor);
    }
}
