package org.lessonsportal.domain.lesson;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.lesson.LessonGuard.Guarded;
import org.lessonsportal.domain.lesson.LessonPolicy.Action;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.ConcurrentEditException;
import org.lessonsportal.domain.shared.NotAllowedException;
import org.lessonsportal.domain.shared.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The author's side of a lesson for {@link LessonService}: starting and saving a draft, and submitting it (first time
 * or after changes) through the {@link PatientDataChecks} gate, keeping each round's content in {@link LessonHistory}.
 */
@Component
@RequiredArgsConstructor
class LessonWriting {

    private final LessonRepository lessons;
    private final LessonGuard guard;
    private final PatientDataChecks patientData;
    private final LessonHistory history;
    private final LessonReviewers reviewers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LessonDetails createDraft(Actor actor, LessonContent content) {
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
        guard.flush(ConcurrentEditException.EDIT_MESSAGE);
        guard.record(lesson, actor, "lesson.created", null, LessonState.DRAFT, "Started the lesson as a draft", null);
        events.publishEvent(new LessonDraftCreated(lesson.getId(), actor.memberId(), actor.organisationId(), now));
        return LessonDetails.of(lesson);
    }

    /** A lesson the author may change can build only on another, published lesson the author may read. */
    LessonDetails buildOn(Long lessonId, Actor actor, Long buildsOnId) {
        Guarded guarded = guard.guard(lessonId, actor);
        guarded.check(Transition.EDIT, Action.EDIT);
        if (buildsOnId != null) {
            requireBuildable(lessonId, buildsOnId, actor);
        }
        guarded.lesson.buildOn(buildsOnId);
        guard.flush(ConcurrentEditException.EDIT_MESSAGE);
        return LessonDetails.of(guarded.lesson);
    }

    private void requireBuildable(Long lessonId, Long buildsOnId, Actor actor) {
        Lesson base = guard.require(buildsOnId, actor, Action.VIEW).lesson;
        if (buildsOnId.equals(lessonId) || base.getState() != LessonState.PUBLISHED) {
            throw new LessonStateException(base.getState(), "A lesson can only build on a published lesson, and \""
                    + base.getTitle() + "\" is not published.");
        }
    }

    LessonDetails saveDraft(Long lessonId, Actor actor, LessonContent content, long expectedVersion) {
        Guarded guarded = guard.guard(lessonId, actor);
        guarded.check(Transition.EDIT, Action.EDIT);
        LessonGuard.requireVersion(guarded.lesson, expectedVersion);
        LessonValidator.requireStorable(content);
        guarded.lesson.replaceContent(content, clock.instant());
        guard.flush(ConcurrentEditException.EDIT_MESSAGE);
        return LessonDetails.of(guarded.lesson);
    }

    LessonDetails submit(Long lessonId, Actor actor, long expectedVersion) {
        Lesson lesson = readyToSubmit(lessonId, actor, Transition.SUBMIT, expectedVersion).lesson;
        Instant now = clock.instant();
        int round = lesson.startRound(now);
        history.keepRound(lesson, round, actor, now);
        lesson.moveTo(LessonState.SUBMITTED, now);
        guard.flush(ConcurrentEditException.EDIT_MESSAGE);
        guard.record(lesson, actor, "lesson.submitted", LessonState.DRAFT, LessonState.SUBMITTED,
                "Submitted for review (round " + round + ")", null);
        events.publishEvent(new LessonSubmitted(lesson.getId(), round, lesson.getAuthorId(), lesson.getOrganisationId(),
                lesson.getContent().projectType(), now));
        return LessonDetails.of(lesson);
    }

    LessonDetails resubmit(Long lessonId, Actor actor, long expectedVersion) {
        Guarded guarded = readyToSubmit(lessonId, actor, Transition.RESUBMIT, expectedVersion);
        Lesson lesson = guarded.lesson;
        Instant now = clock.instant();
        List<Long> carriedOver = guarded.facts().currentReviewerIds().stream().sorted().toList();
        int round = lesson.startRound(now);
        history.keepRound(lesson, round, actor, now);
        reviewers.carryOver(lesson, carriedOver, round, now);
        LessonState next = carriedOver.isEmpty() ? LessonState.SUBMITTED : LessonState.IN_REVIEW;
        lesson.moveTo(next, now);
        guard.flush(ConcurrentEditException.EDIT_MESSAGE);
        guard.record(lesson, actor, "lesson.resubmitted", LessonState.CHANGES_REQUESTED, next,
                "Resubmitted with changes (round " + round + ")" + (carriedOver.isEmpty() ? ""
                        : "; the same reviewers continue"), null);
        events.publishEvent(new LessonResubmitted(lesson.getId(), round, lesson.getAuthorId(), next, carriedOver,
                now));
        return LessonDetails.of(lesson);
    }

    /**
     * The guarded lesson, once checked that the actor may take the step now, that they are looking at its latest
     * version and that it passes the patient-data gate.
     */
    private Guarded readyToSubmit(Long lessonId, Actor actor, Transition step, long expectedVersion) {
        Guarded guarded = guard.guard(lessonId, actor);
        guarded.check(step, Action.SUBMIT);
        LessonGuard.requireVersion(guarded.lesson, expectedVersion);
        patientData.requireReadyToSubmit(guarded.lesson);
        return guarded;
    }
}
