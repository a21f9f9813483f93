package org.lessonsportal.domain.lesson;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.lesson.LessonGuard.Guarded;
import org.lessonsportal.domain.lesson.LessonPolicy.Action;
import org.lessonsportal.domain.organisation.MemberView;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.ConcurrentEditException;
import org.lessonsportal.domain.shared.NotAllowedException;
import org.lessonsportal.domain.shared.NotFoundException;
import org.lessonsportal.domain.shared.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Who reviews a lesson, for {@link LessonService}: asking reviewers (never the author nor a member of the author's
 * organisation), taking them off a round, and starting the review once someone is asked.
 */
@Component
@RequiredArgsConstructor
class LessonReviewers {

    private final ReviewerAssignments assignments;
    private final OrganisationService organisations;
    private final LessonGuard guard;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssignedReviewer assign(Long lessonId, Long reviewerId, Actor actor) {
        Guarded guarded = guard.guard(lessonId, actor);
        guarded.check(Transition.ASSIGN_REVIEWER, Action.ASSIGN_REVIEWERS);
        Lesson lesson = guarded.lesson;
        MemberView reviewer = organisations.getMember(reviewerId);
        if (reviewer.id().equals(lesson.getAuthorId())) {
            throw new ConflictOfInterestException(reviewer.name() + " wrote this lesson, so they cannot review it.");
        }
        if (reviewer.belongsTo(lesson.getOrganisationId())) {
            throw new ConflictOfInterestException(reviewer.name() + " works for the organisation that wrote this "
                    + "lesson, so they cannot review it.");
        }
        if (!reviewer.hasRole(Roles.REVIEWER)) {
            throw new NotAllowedException(reviewer.name() + " is not a reviewer, so they cannot be asked to "
                    + "review lessons.");
        }
        Optional<ReviewerAssignment> existing = currentAssignment(guarded, reviewerId);
        if (existing.isPresent()) {
            return existing.get().toView();
        }
        Instant now = clock.instant();
        ReviewerAssignment assignment = assignments.save(new ReviewerAssignment(lesson.getId(), reviewerId,
                lesson.getRound(), actor.memberId(), now));
        guard.record(lesson, actor, "reviewer.assigned", null, null, "Asked " + reviewer.name()
                + " to review round " + lesson.getRound(), null);
        events.publishEvent(new ReviewerAssigned(lesson.getId(), reviewerId, lesson.getRound(), actor.memberId(), now));
        return assignment.toView();
    }

    void release(Long lessonId, Long reviewerId, Actor actor, String reason) {
        Guarded guarded = guard.guard(lessonId, actor);
        guarded.check(Transition.ASSIGN_REVIEWER, Action.ASSIGN_REVIEWERS);
        Lesson lesson = guarded.lesson;
        ReviewerAssignment assignment = currentAssignment(guarded, reviewerId).orElseThrow(
                () -> new NotFoundException("That reviewer is not assigned to this lesson."));
        Instant now = clock.instant();
        String why = LessonGuard.optional(reason);
        assignment.release(actor.memberId(), why, now);
        guard.record(lesson, actor, "reviewer.released", null, null, "Took "
                + organisations.memberName(reviewerId) + " off the review of round " + lesson.getRound(), why);
        events.publishEvent(new ReviewerReleased(lesson.getId(), reviewerId, lesson.getRound(), why, now));
    }

    LessonSummary startReview(Long lessonId, Actor actor) {
        Guarded guarded = guard.guard(lessonId, actor);
        guarded.check(Transition.START_REVIEW, Action.ASSIGN_REVIEWERS);
        Lesson lesson = guarded.lesson;
        List<Long> reviewers = guarded.facts().currentReviewerIds().stream().sorted().toList();
        if (reviewers.isEmpty()) {
            throw new LessonStateException(lesson.getState(),
                    "Assign at least one reviewer before the review starts.");
        }
        Instant now = clock.instant();
        lesson.moveTo(LessonState.IN_REVIEW, now);
        guard.flush(ConcurrentEditException.ACTION_MESSAGE);
        guard.record(lesson, actor, "review.started", LessonState.SUBMITTED, LessonState.IN_REVIEW,
                "Review of round " + lesson.getRound() + " started", null);
        events.publishEvent(new LessonReviewStarted(lesson.getId(), lesson.getRound(), reviewers, now));
        return LessonSummary.of(lesson);
    }

    List<AssignedReviewer> reviewers(Long lessonId, Actor actor) {
        Guarded guarded = guard.guard(lessonId, actor);
        guarded.require(Action.VIEW_HISTORY);
        return guarded.assignments().stream().map(ReviewerAssignment::toView).toList();
    }

    /** Carries the current round's reviewers over to a new round, so the same people continue. */
    void carryOver(Lesson lesson, List<Long> reviewerIds, int round, Instant now) {
        for (Long reviewerId : reviewerIds) {
            assignments.save(new ReviewerAssignment(lesson.getId(), reviewerId, round, null, now));
        }
    }

    /** The reviewer's assignment to the current round, from the assignments read when the lesson was guarded. */
    private static Optional<ReviewerAssignment> currentAssignment(Guarded guarded, Long reviewerId) {
        Lesson lesson = guarded.lesson;
        return guarded.assignments().stream()
                .filter(a -> a.isActive() && a.getRound() == lesson.getRound() && a.memberId().equals(reviewerId))
                .findFirst();
    }
}
