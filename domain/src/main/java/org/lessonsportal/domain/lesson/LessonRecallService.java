package org.lessonsportal.domain.lesson;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.lesson.LessonGuard.Guarded;
import org.lessonsportal.domain.lesson.LessonPolicy.Action;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.ConcurrentEditException;
import org.lessonsportal.domain.shared.Decision;
import org.lessonsportal.domain.shared.NotAllowedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An author changing their mind (ADR 0034): taking a submitted lesson back to draft before any reviewer has opened it,
 * and deleting a draft. Also records when a reviewer first opens their review, which ends the first.
 * <p>
 * "Opened" means the reviewer opened the review page of their task; from then on the lesson stays with the reviewers
 * and the author may wait or withdraw it. Taking back is for the first round only: in later rounds the reviewers
 * already know the lesson, and their comments are answered by a revision.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class LessonRecallService {

    static final String RELEASED = "The author took the lesson back to draft before the review began";

    private final ReviewerAssignments assignments;
    private final LessonGuard guard;
    private final OrganisationService organisations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** A reviewer opened their review of the current round; the first time is recorded (and ends taking back). */
    @Transactional
    public void reviewOpened(Long lessonId, Actor reviewer) {
        Lesson lesson = visible(lessonId, reviewer);
        if (reviewer.isSystem()) {
            return;
        }
        if (assignments.markOpened(lessonId, lesson.getRound(), reviewer.memberId(), clock.instant()) == 1) {
            String opened = organisations.memberName(reviewer.memberId()) + " opened the review of round "
                    + lesson.getRound();
            guard.record(lesson, reviewer, "review.opened", null, null, opened, null);
        }
    }

    /** Why the actor cannot take the lesson back now, in plain English; empty when they can. */
    public Optional<String> takeBackRefusal(Long lessonId, Actor actor) {
        return refusal(visible(lessonId, actor), actor).map(RuntimeException::getMessage);
    }

    /**
     * The author takes a submitted lesson back to draft: its reviewers are released (and told, by the workflow), the
     * review of the round ends and the author can change and submit it again. Publishes {@link LessonTakenBack}.
     */
    @Transactional
    public LessonDetails takeBack(Long lessonId, Actor actor) {
        Lesson lesson = visible(lessonId, actor);
        Optional<RuntimeException> refused = refusal(lesson, actor);
        if (refused.isPresent()) {
            throw refused.get();
        }
        Instant now = clock.instant();
        List<Long> released = new ArrayList<>();
        for (ReviewerAssignment assignment : assignments.forLesson(lessonId)) {
            if (assignment.isActive() && assignment.getRound() == lesson.getRound()) {
                assignment.release(actor.memberId(), RELEASED, now);
                released.add(assignment.memberId());
            }
        }
        LessonState from = lesson.getState();
        lesson.moveTo(LessonState.DRAFT, now);
        guard.flush(ConcurrentEditException.ACTION_MESSAGE);
        guard.record(lesson, actor, "lesson.taken-back", from, LessonState.DRAFT, "Took the lesson back to draft "
                + "before any reviewer opened it" + (released.isEmpty() ? "" : "; its reviewers were told they are no "
                + "longer needed"), null);
        events.publishEvent(new LessonTakenBack(lessonId, lesson.getAuthorId(), lesson.getRound(), released, now));
        return LessonDetails.of(lesson);
    }

    /**
     * The author deletes a draft. It disappears from every list and cannot be opened again; the row and its audit
     * trail are kept for the record.
     */
    @Transactional
    public void deleteDraft(Long lessonId, Actor actor) {
        Guarded guarded = guard.guard(lessonId, actor);
        guarded.check(Transition.DELETE, Action.DELETE);
        Lesson lesson = guarded.lesson;
        lesson.delete(clock.instant());
        guard.flush(ConcurrentEditException.ACTION_MESSAGE);
        guard.record(lesson, actor, "lesson.deleted", LessonState.DRAFT, null, "Deleted the draft", null);
    }

    private Optional<RuntimeException> refusal(Lesson lesson, Actor actor) {
        if (!Transition.TAKE_BACK.allowedFrom(lesson.getState())) {
            return Optional.of(new LessonStateException(lesson.getState(),
                    Transition.TAKE_BACK.refusal(lesson.getState())));
        }
        Decision decision = LessonPolicy.decide(actor, Action.TAKE_BACK, guard.facts(lesson));
        if (!decision.allowed()) {
            return Optional.of(new NotAllowedException(decision.reason()));
        }
        // rounds keep counting after a take-back, so "an earlier round" alone does not mean reviewers saw it
        List<ReviewerAssignment> all = assignments.forLesson(lesson.getId());
        if (all.stream().anyMatch(a -> a.getRound() < lesson.getRound() && a.isOpened())) {
            return Optional.of(new LessonStateException(lesson.getState(), "Its reviewers have already seen an "
                    + "earlier version of this lesson, so it stays with them."));
        }
        boolean opened = all.stream().anyMatch(a -> a.getRound() == lesson.getRound() && a.isOpened());
        return opened ? Optional.of(new LessonStateException(lesson.getState(), "A reviewer has already opened "
                + "this lesson, so it stays with the reviewers.")) : Optional.empty();
    }

    /** The lesson, if the actor may see it (else the guard's "not found"). */
    private Lesson visible(Long lessonId, Actor actor) {
        return guard.guard(lessonId, actor).lesson;
    }
}
