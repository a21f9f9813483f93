package org.lessonsportal.domain.lesson;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.lesson.LessonGuard.Guarded;
import org.lessonsportal.domain.lesson.LessonPolicy.Action;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.ConcurrentEditException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The decisions that move a submitted lesson on, for {@link LessonService}: the review's conclusion (changes,
 * approval, decline), publication or sending back, the author's withdrawal, and archiving a published lesson. Each
 * records its step in the audit trail and publishes its event.
 */
@Component
@RequiredArgsConstructor
class LessonDecisions {

    private final LessonGuard guard;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    // ------------------------------------------------------------------------------------- concluding a review

    LessonSummary requestChanges(Long lessonId, Actor actor, String reason) {
        Guarded guarded = guard.guard(lessonId, actor);
        guarded.check(Transition.REQUEST_CHANGES, Action.CONCLUDE_REVIEW);
        String why = LessonGuard.requireReason(reason, "reason", "Explain what the author needs to change");
        return LessonSummary.of(conclude(guarded, LessonState.CHANGES_REQUESTED, "changes.requested",
                "Asked the author for changes", why, LessonChangesRequested::new));
    }

    LessonSummary approve(Long lessonId, Actor actor, String note) {
        Guarded guarded = guard.guard(lessonId, actor);
        guarded.check(Transition.APPROVE, Action.CONCLUDE_REVIEW);
        return LessonSummary.of(conclude(guarded, LessonState.APPROVED, "lesson.approved", "Approved after review",
                LessonGuard.optional(note), LessonApproved::new));
    }

    LessonDetails decline(Long lessonId, Actor actor, String reason) {
        Guarded guarded = guard.guard(lessonId, actor);
        guarded.check(Transition.DECLINE, Action.CONCLUDE_REVIEW);
        String why = LessonGuard.requireReason(reason, "reason", "Explain why the lesson is declined");
        return LessonDetails.of(conclude(guarded, LessonState.DECLINED, "lesson.declined", "Declined after review",
                why, LessonDeclined::new));
    }

    /** Moves the checked lesson on, records "{@code description} (round n)" and publishes the conclusion's event. */
    private Lesson conclude(Guarded guarded, LessonState next, String action, String description, String why,
            Conclusion conclusion) {
        Lesson lesson = guard.move(guarded, next, action, description + " (round " + guarded.lesson.getRound() + ")",
                why);
        events.publishEvent(conclusion.event(lesson.getId(), lesson.getRound(), guarded.actor.memberId(), why,
                lesson.getUpdatedAt()));
        return lesson;
    }

    /**
     * The event that concluding a review publishes: {@link LessonChangesRequested}, {@link LessonApproved} or
     * {@link LessonDeclined}.
     */
    @FunctionalInterface
    private interface Conclusion {
        LessonEvent event(Long lessonId, int round, Long actorId, String reason, Instant occurredAt);
    }

    // ---------------------------------------------------------------------------------------------- publication

    LessonDetails publish(Long lessonId, Actor actor) {
        Guarded guarded = guard.guard(lessonId, actor);
        guarded.check(Transition.PUBLISH, Action.PUBLISH);
        Lesson lesson = guarded.lesson;
        Instant now = clock.instant();
        LocalDate today = guard.today();
        lesson.publish(today, now);
        guard.flush(ConcurrentEditException.ACTION_MESSAGE);
        guard.record(lesson, actor, "lesson.published", LessonState.APPROVED, LessonState.PUBLISHED, "Published",
                null);
        events.publishEvent(new LessonPublished(lesson.getId(), actor.memberId(), today, now));
        return LessonDetails.of(lesson);
    }

    LessonDetails sendBack(Long lessonId, Actor actor, SendBackTo to, String reason) {
        Guarded guarded = guard.guard(lessonId, actor);
        guarded.check(Transition.SEND_BACK, Action.SEND_BACK);
        String why = LessonGuard.requireReason(reason, "reason", "Explain why the lesson is being sent back");
        if (to == SendBackTo.REVIEWERS && guarded.facts().currentReviewerIds().isEmpty()) {
            throw new LessonStateException(guarded.lesson.getState(), "Nobody is reviewing this lesson any more, so "
                    + "it can only be sent back to its author.");
        }
        Lesson lesson = guard.move(guarded, to.state(), "lesson.sent-back", to == SendBackTo.AUTHOR
                ? "Sent back to the author for changes" : "Sent back to the reviewers", why);
        events.publishEvent(new LessonSentBack(lesson.getId(), lesson.getRound(), actor.memberId(), to.state(), why,
                lesson.getUpdatedAt()));
        return LessonDetails.of(lesson);
    }

    LessonDetails withdraw(Long lessonId, Actor actor, String reason) {
        Guarded guarded = guard.guard(lessonId, actor);
        guarded.check(Transition.WITHDRAW, Action.WITHDRAW);
        LessonState from = guarded.lesson.getState();
        String why = LessonGuard.optional(reason);
        Lesson lesson = guard.move(guarded, LessonState.WITHDRAWN, "lesson.withdrawn", "Withdrawn by the author",
                why);
        events.publishEvent(new LessonWithdrawn(lesson.getId(), actor.memberId(), from, why, lesson.getUpdatedAt()));
        return LessonDetails.of(lesson);
    }

    LessonDetails archive(Long lessonId, Actor actor, String reason) {
        Guarded guarded = guard.guard(lessonId, actor);
        guarded.check(Transition.ARCHIVE, Action.ARCHIVE);
        String why = LessonGuard.requireReason(reason, "reason", "Explain why this lesson is out of date");
        Lesson lesson = guarded.lesson;
        lesson.archive(why, clock.instant());
        guard.flush(ConcurrentEditException.ACTION_MESSAGE);
        guard.record(lesson, actor, "lesson.archived", LessonState.PUBLISHED, LessonState.ARCHIVED,
                "Archived as out of date", why);
        events.publishEvent(new LessonArchived(lesson.getId(), actor.memberId(), why, lesson.getUpdatedAt()));
        return LessonDetails.of(lesson);
    }
}
