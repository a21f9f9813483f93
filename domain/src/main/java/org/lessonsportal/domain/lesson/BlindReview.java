package org.lessonsportal.domain.lesson;

import java.util.List;
import java.util.Optional;
import org.lessonsportal.domain.audit.AuditEntry;
import org.lessonsportal.domain.shared.Actor;

/**
 * Blind review (ADR 0041): a reviewer forms their own view of a round before reading anyone else's. Until they have
 * sent their review of the current round, and while that round is under way, they are shown no other review of it,
 * neither the reviews themselves nor the lines of the audit trail that record them. Once the round is over (the lesson
 * went back to its author, was approved, declined, published, withdrawn or taken back) its reviews are open to
 * everyone who may see the lesson's history, as are the reviews of earlier rounds. Publishers and administrators who
 * are not reviewing the round, the author and the portal itself see every review.
 * <p>
 * {@code LessonService.blindRound} and {@code auditTrail} and {@code ReviewService.reviewsOf} apply it, so every page
 * and the workflow get the same answer.
 */
public final class BlindReview {

    /** The audit code of a reviewer sending their review of a round ({@code ReviewService.recordReview}). */
    public static final String REVIEW_SENT = "review.recorded";

    private BlindReview() {
    }

    /**
     * The round whose reviews by others the actor may not read yet, if any.
     *
     * @param assignments every assignment of the lesson, released or not
     * @param trail       the lesson's whole audit trail (it says who has sent a review of which round)
     */
    static Optional<Integer> hiddenRound(Actor actor, Lesson lesson, List<ReviewerAssignment> assignments,
            List<AuditEntry> trail) {
        int round = lesson.getRound();
        boolean underWay = lesson.getState() == LessonState.SUBMITTED || lesson.getState() == LessonState.IN_REVIEW;
        if (actor.isSystem() || round == 0 || !underWay) {
            return Optional.empty();
        }
        boolean asked = assignments.stream().anyMatch(a -> a.getRound() == round && actor.is(a.memberId()));
        boolean sent = trail.stream().anyMatch(e -> sentReviewOf(e, round) && actor.is(e.actorId()));
        return asked && !sent ? Optional.of(round) : Optional.empty();
    }

    /** The audit trail without the reviews of the hidden round that others sent. */
    static List<AuditEntry> withoutOthersReviews(List<AuditEntry> trail, Actor actor, int hiddenRound) {
        return trail.stream().filter(e -> !(sentReviewOf(e, hiddenRound) && !actor.is(e.actorId()))).toList();
    }

    private static boolean sentReviewOf(AuditEntry entry, int round) {
        return REVIEW_SENT.equals(entry.action()) && entry.round() != null && entry.round() == round;
    }
}
