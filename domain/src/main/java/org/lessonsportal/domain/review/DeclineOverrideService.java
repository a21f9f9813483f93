package org.lessonsportal.domain.review;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.audit.AuditRecord;
import org.lessonsportal.domain.audit.AuditService;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonPolicy.Action;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.lesson.LessonState;
import org.lessonsportal.domain.lesson.LessonSummary;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.ConcurrentEditException;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.domain.shared.FieldError;
import org.lessonsportal.domain.shared.NotAllowedException;
import org.lessonsportal.domain.shared.ValidationException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Four eyes at publication (ADR 0041): when the reviewers of a round recommend declining a lesson, one publisher alone
 * may decline it, but approving it anyway takes two. One publisher proposes the override with a reason; a different
 * publisher confirms it, and only then is the lesson approved (and waits to be published like any approved lesson).
 * Neither may have written or reviewed the lesson, nor belong to its organisation ({@code LessonPolicy},
 * {@link Action#OVERRIDE_DECLINE}). The proposal, who made it and who confirmed it are kept, and the audit trail names
 * both.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DeclineOverrideService {

    /** The longest reason for an override. */
    public static final int REASON_MAX = 4000;

    private final DeclineOverrideRepository overrides;
    private final ReviewRepository reviews;
    private final LessonService lessons;
    private final OrganisationService organisations;
    private final AuditService audit;
    private final Clock clock;

    /**
     * A publisher proposes to approve the lesson although its reviewers recommended declining it. The lesson stays in
     * review until another publisher {@linkplain #confirm confirms}.
     *
     * @throws ValidationException  without a reason (at least 5 characters, at most {@value #REASON_MAX})
     * @throws NotAllowedException  when the policy refuses the publisher
     * @throws DomainException      when the reviewers did not recommend declining, or an override is already proposed
     */
    @Transactional
    public DeclineOverride propose(Long lessonId, Actor publisher, String reason) {
        LessonSummary lesson = lessons.require(lessonId, publisher, Action.OVERRIDE_DECLINE);
        String why = requireReason(reason);
        requireDeclineRecommended(lesson);
        Optional<DeclineOverrideEntry> existing = overrides.findByLessonIdAndRound(lessonId, lesson.round());
        if (existing.isPresent()) {
            DeclineOverride proposal = existing.get().toOverride();
            throw new DomainException(proposal.isConfirmed()
                    ? "The reviewers of round " + lesson.round() + " have already been overruled."
                    : publisher.is(proposal.proposedBy())
                            ? "You have already proposed approving this lesson: another publisher needs to confirm it."
                            : name(proposal.proposedBy()) + " has already proposed approving this lesson: confirm "
                                    + "their proposal or decline the lesson.");
        }
        Instant now = clock.instant();
        DeclineOverrideEntry saved;
        try {
            saved = overrides.saveAndFlush(new DeclineOverrideEntry(lessonId, lesson.round(), publisher.memberId(),
                    why, now));
        } catch (DataIntegrityViolationException sameMoment) {
            throw new ConcurrentEditException(ConcurrentEditException.ACTION_MESSAGE, sameMoment);
        }
        audit.record(new AuditRecord(lessonId, publisher.memberId(), "review.decline-override-proposed", null, null,
                lesson.round(), "Proposed approving the lesson against the reviewers' recommendation to decline; "
                        + "another publisher needs to confirm it", why));
        return saved.toOverride();
    }

    /**
     * A second publisher confirms another's proposal: the lesson is approved for publication.
     *
     * @throws NotAllowedException when the publisher made the proposal themselves, or the policy refuses them
     * @throws DomainException     when nothing is proposed for the lesson's round
     */
    @Transactional
    public LessonDetails confirm(Long lessonId, Actor publisher) {
        LessonSummary lesson = lessons.require(lessonId, publisher, Action.OVERRIDE_DECLINE);
        DeclineOverrideEntry entry = overrides.findByLessonIdAndRound(lessonId, lesson.round())
                .filter(e -> !e.toOverride().isConfirmed())
                .orElseThrow(() -> new DomainException("No publisher has proposed approving this lesson against its "
                        + "reviewers' recommendation, so there is nothing to confirm."));
        DeclineOverride proposal = entry.toOverride();
        if (publisher.is(proposal.proposedBy())) {
            throw new NotAllowedException("You proposed approving this lesson, so you cannot confirm it yourself: "
                    + "another publisher needs to.");
        }
        entry.confirm(publisher.memberId(), clock.instant());
        overrides.saveAndFlush(entry);
        String proposer = name(proposal.proposedBy());
        audit.record(new AuditRecord(lessonId, publisher.memberId(), "review.decline-overridden", null, null,
                lesson.round(), "Confirmed " + proposer + "'s proposal to approve the lesson against the reviewers' "
                        + "recommendation to decline", proposal.reason()));
        lessons.approve(lessonId, Actor.SYSTEM, "Publishers " + proposer + " and " + name(publisher.memberId())
                + " overrode the recommendation to decline: " + proposal.reason());
        return lessons.get(lessonId, Actor.SYSTEM);
    }

    /**
     * The override proposed for the lesson's current round and not confirmed yet, if any; for publishers deciding on
     * it (and anyone else who may see the lesson's history).
     */
    public Optional<DeclineOverride> pending(Long lessonId, Actor actor) {
        LessonSummary lesson = lessons.require(lessonId, actor, Action.VIEW_HISTORY);
        if (lesson.state() != LessonState.IN_REVIEW) {
            return Optional.empty();
        }
        return overrides.findByLessonIdAndRound(lessonId, lesson.round()).map(DeclineOverrideEntry::toOverride)
                .filter(o -> !o.isConfirmed());
    }

    /** The round's reviews recommend declining: at least one decline and no request for changes. */
    private void requireDeclineRecommended(LessonSummary lesson) {
        List<ReviewDecision> decisions = reviews.findByLessonIdOrderByRoundAscSubmittedAtAscIdAsc(lesson.id()).stream()
                .filter(r -> r.getRound() == lesson.round()).map(r -> r.toRecord().decision()).toList();
        if (!decisions.contains(ReviewDecision.DECLINE) || decisions.contains(ReviewDecision.REQUEST_CHANGES)) {
            throw new DomainException("The reviewers of round " + lesson.round() + " have not recommended declining "
                    + "this lesson, so there is nothing to overrule.");
        }
    }

    private String name(Long memberId) {
        return organisations.memberName(memberId);
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.strip().length() < 5) {
            throw new ValidationException(List.of(new FieldError("reason",
                    "Explain why you are overriding the reviewers")));
        }
        int length = ReviewSubmission.length(reason.strip());
        if (length > REASON_MAX) {
            throw new ValidationException(List.of(new FieldError("reason", String.format(Locale.UK,
                    "Keep the reason to %,d characters or fewer (it has %,d)", REASON_MAX, length))));
        }
        return reason.strip();
    }
}
