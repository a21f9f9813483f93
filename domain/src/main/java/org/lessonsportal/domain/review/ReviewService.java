package org.lessonsportal.domain.review;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.audit.AuditRecord;
import org.lessonsportal.domain.audit.AuditService;
import org.lessonsportal.domain.lesson.BlindReview;
import org.lessonsportal.domain.lesson.LessonFields;
import org.lessonsportal.domain.lesson.LessonPolicy.Action;
import org.lessonsportal.domain.lesson.LessonRecallService;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.lesson.LessonSummary;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.domain.shared.FieldError;
import org.lessonsportal.domain.shared.ValidationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviews: what each assigned reviewer decided about a round, with their comments and their declaration of
 * competing interests. The review feature's door.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReviewService {

    private final ReviewRepository reviews;
    private final ReviewDraftService drafts;
    private final LessonService lessons;
    private final LessonRecallService recall;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /**
     * Records the actor's review of the lesson's current round. Only a reviewer assigned to that round, from
     * another organisation than the author's, while the lesson is in review; once per round. Publishes
     * {@link ReviewCompleted}.
     */
    @Transactional
    public ReviewRecord recordReview(Long lessonId, Actor reviewer, ReviewSubmission submission) {
        LessonSummary lesson = lessons.require(lessonId, reviewer, Action.REVIEW);
        validate(submission);
        if (reviews.existsByLessonIdAndRoundAndReviewerId(lessonId, lesson.round(), reviewer.memberId())) {
            throw new DomainException("You have already sent your review of round " + lesson.round()
                    + " of this lesson.");
        }
        Instant now = clock.instant();
        recall.reviewOpened(lessonId, reviewer); // whoever sends a review has seen the lesson, by any route
        drafts.discard(lessonId, lesson.round(), reviewer.memberId());
        Review review = reviews.saveAndFlush(new Review(lessonId, lesson.round(), reviewer.memberId(), submission,
                now));
        audit.record(new AuditRecord(lessonId, reviewer.memberId(), BlindReview.REVIEW_SENT, null, null, lesson.round(),
                "Reviewed round " + lesson.round() + ": " + submission.decision().label().toLowerCase()
                        + (submission.hasCompetingInterests() ? " (declared competing interests)" : ""),
                submission.comment()));
        events.publishEvent(new ReviewCompleted(review.getId(), lessonId, lesson.round(), reviewer.memberId(),
                submission.decision(), now));
        return review.toRecord();
    }

    /**
     * Every review of the lesson, round by round: for its author, reviewers, publishers and administrators. Reviews
     * are blind ({@link BlindReview}): a reviewer of the round under way who has not sent their own review of it gets
     * no one else's review of that round, only those of earlier rounds.
     */
    public List<ReviewRecord> reviewsOf(Long lessonId, Actor actor) {
        lessons.require(lessonId, actor, Action.VIEW_HISTORY);
        Optional<Integer> hidden = lessons.blindRound(lessonId, actor);
        return reviews.findByLessonIdOrderByRoundAscSubmittedAtAscIdAsc(lessonId).stream()
                .filter(r -> hidden.isEmpty() || r.getRound() != hidden.get() || actor.is(r.getReviewerId()))
                .map(Review::toRecord).toList();
    }

    /** The reviews of one round (blind like {@link #reviewsOf(Long, Actor)}). */
    public List<ReviewRecord> reviewsOf(Long lessonId, Actor actor, int round) {
        return reviewsOf(lessonId, actor).stream().filter(r -> r.round() == round).toList();
    }

    /**
     * The decisions recorded for one round of the lesson, one per review sent: for the review process concluding the
     * round, which asks as the system (blind review does not apply to it) and needs no comments.
     */
    public List<ReviewDecision> decisionsOf(Long lessonId, int round) {
        return reviews.decisionsOf(lessonId, round);
    }

    /**
     * Whether the reviewer has sent their review of the lesson's current round: for the review process, which asks as
     * the system (blind review hides even that from the round's other reviewers, so no person's view offers it).
     */
    public boolean hasReviewedCurrentRound(Long lessonId, Long reviewerId) {
        int round = lessons.summary(lessonId, Actor.SYSTEM).round();
        return reviews.existsByLessonIdAndRoundAndReviewerId(lessonId, round, reviewerId);
    }

    private static void validate(ReviewSubmission submission) {
        List<FieldError> errors = new ArrayList<>();
        if (submission.decision() == null) {
            errors.add(new FieldError("decision", "Choose whether to approve, ask for changes or decline"));
        } else if (submission.decision() != ReviewDecision.APPROVE && submission.comment() == null) {
            errors.add(new FieldError("comment", submission.decision() == ReviewDecision.DECLINE
                    ? "Explain why the lesson should be declined"
                    : "Explain what the author needs to change"));
        }
        if (ReviewSubmission.length(submission.comment()) > Review.COMMENT_MAX) {
            errors.add(new FieldError("comment", tooLong("Your comments for the author", submission.comment(),
                    Review.COMMENT_MAX)));
        }
        for (int i = 0; i < submission.sectionComments().size(); i++) {
            SectionComment comment = submission.sectionComments().get(i);
            String field = "sectionComments[" + i + "]";
            if (comment.section() == null || !LessonFields.isSection(comment.section())) {
                errors.add(new FieldError(field, "Choose which section of the lesson this comment is about"));
            }
            if (ReviewSubmission.length(comment.comment()) > Review.SECTION_COMMENT_MAX) {
                errors.add(new FieldError(field, tooLong("A comment on a section", comment.comment(),
                        Review.SECTION_COMMENT_MAX)));
            }
        }
        if (submission.hasCompetingInterests() == null) {
            errors.add(new FieldError("hasCompetingInterests", "Say whether you have any competing interests"));
        } else if (submission.hasCompetingInterests() && submission.competingInterestsDetails() == null) {
            errors.add(new FieldError("competingInterestsDetails", "Describe your competing interests"));
        }
        if (ReviewSubmission.length(submission.competingInterestsDetails()) > Review.DETAILS_MAX) {
            errors.add(new FieldError("competingInterestsDetails", tooLong("The description of your competing "
                    + "interests", submission.competingInterestsDetails(), Review.DETAILS_MAX)));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** "Your comments for the author must be 20,000 characters or fewer (it has 20,412)": the text is kept. */
    static String tooLong(String what, String text, int max) {
        return String.format(Locale.UK, "%s must be %,d characters or fewer (it has %,d)", what, max,
                ReviewSubmission.length(text));
    }
}
