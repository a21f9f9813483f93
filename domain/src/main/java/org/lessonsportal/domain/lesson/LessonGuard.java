package org.lessonsportal.domain.lesson;

import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.audit.AuditRecord;
import org.lessonsportal.domain.audit.AuditService;
import org.lessonsportal.domain.lesson.LessonPolicy.Action;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.ConcurrentEditException;
import org.lessonsportal.domain.shared.Decision;
import org.lessonsportal.domain.shared.FieldError;
import org.lessonsportal.domain.shared.NotAllowedException;
import org.lessonsportal.domain.shared.NotFoundException;
import org.lessonsportal.domain.shared.ValidationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * "Load, check, record", shared by every part of {@link LessonService}: loads a lesson the actor may see (else
 * {@link NotFoundException}, so its existence is not given away), works out the {@link LessonFacts} the policy needs,
 * and after a change flushes it (a clash becomes a {@link ConcurrentEditException}) and writes the audit trail. Kept in
 * one place so each part checks in the same order: visibility, then the lifecycle, then {@link LessonPolicy}.
 */
@Component
@RequiredArgsConstructor
class LessonGuard {

    private static final int REASON_MIN = 5;

    private final LessonRepository lessons;
    private final ReviewerAssignments assignments;
    private final AuditService audit;
    private final Clock clock;

    /**
     * The lesson, if the actor may see it; otherwise {@link NotFoundException}. Its reviewer assignments are read when
     * first needed: the system sees every lesson, so its checks often need none.
     */
    Guarded guard(Long lessonId, Actor actor) {
        Lesson lesson = lessonId == null ? null : lessons.findById(lessonId).orElse(null);
        if (lesson == null || lesson.isDeleted()) {
            throw new NotFoundException("We could not find that lesson.");
        }
        Guarded guarded = new Guarded(lesson, actor, () -> assignments.forLesson(lesson.getId()));
        if (!actor.isSystem() && !LessonPolicy.allows(actor, Action.VIEW, guarded.facts())) {
            throw new NotFoundException("We could not find that lesson.");
        }
        return guarded;
    }

    /** Checks that the actor may take the action on the lesson now (its lifecycle step first, if it has one). */
    Guarded require(Long lessonId, Actor actor, Action action) {
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
            case VIEW, SUBMIT, VIEW_HISTORY, RECORD_REUSE, ASK_QUESTION, ANSWER_QUESTION, REPORT_ANSWER, HIDE_ANSWER
                    -> null;
        };
        if (transition != null) {
            guarded.check(transition, action);
        } else {
            guarded.require(action);
        }
        return guarded;
    }

    /** What the policy needs to know about the lesson: its state, author, organisation and reviewers. */
    LessonFacts facts(Lesson lesson) {
        return facts(lesson, lesson.getId() == null ? List.of() : assignments.forLesson(lesson.getId()));
    }

    private static LessonFacts facts(Lesson lesson, List<ReviewerAssignment> all) {
        Set<Long> current = all.stream().filter(a -> a.isActive() && a.getRound() == lesson.getRound())
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

    /** Moves the guarded lesson to the next state, flushes and records the step. */
    Lesson move(Guarded guarded, LessonState next, String action, String description, String reason) {
        Lesson lesson = guarded.lesson;
        LessonState from = lesson.getState();
        lesson.moveTo(next, clock.instant());
        flush(ConcurrentEditException.ACTION_MESSAGE);
        record(lesson, guarded.actor, action, from, next, description, reason);
        return lesson;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(LessonService.NHS_ZONE));
    }

    void flush(String message) {
        try {
            lessons.flush();
        } catch (OptimisticLockingFailureException | OptimisticLockException e) {
            throw new ConcurrentEditException(message, e);
        }
    }

    void record(Lesson lesson, Actor actor, String action, LessonState from, LessonState to, String description,
            String reason) {
        audit.record(new AuditRecord(lesson.getId(), actor.memberId(), action, from == null ? null : from.name(),
                to == null ? null : to.name(), lesson.getRound() == 0 ? null : lesson.getRound(), description,
                reason));
    }

    static void requireVersion(Lesson lesson, long expectedVersion) {
        if (lesson.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
    }

    static String requireReason(String reason, String field, String message) {
        if (reason == null || reason.strip().length() < REASON_MIN) {
            throw new ValidationException(List.of(new FieldError(field, message)));
        }
        if (reason.length() > 4000) {
            throw new ValidationException(List.of(new FieldError(field, "Keep this to 4,000 characters or fewer")));
        }
        return reason.strip();
    }

    /** An optional reason or note: stripped, or {@code null} when blank. */
    static String optional(String reason) {
        return reason == null || reason.isBlank() ? null : reason.strip();
    }

    /**
     * A lesson the actor may see, with what the policy needs to know and the reviewer assignments that is worked out
     * from (read once, when first asked for, in the order {@link ReviewerAssignments#forLesson} gives).
     */
    static final class Guarded {
        final Lesson lesson;
        final Actor actor;
        private final Supplier<List<ReviewerAssignment>> read;
        private List<ReviewerAssignment> assignments;
        private LessonFacts facts;

        Guarded(Lesson lesson, Actor actor, Supplier<List<ReviewerAssignment>> read) {
            this.lesson = lesson;
            this.actor = actor;
            this.read = read;
        }

        List<ReviewerAssignment> assignments() {
            if (assignments == null) {
                assignments = read.get();
            }
            return assignments;
        }

        LessonFacts facts() {
            if (facts == null) {
                facts = LessonGuard.facts(lesson, assignments());
            }
            return facts;
        }

        /** The lifecycle first (the clearer message), then who may do it. */
        void check(Transition transition, Action action) {
            transition.check(lesson.getState());
            require(action);
        }

        void require(Action action) {
            Decision decision = LessonPolicy.decide(actor, action, facts());
            if (!decision.allowed()) {
                throw new NotAllowedException(decision.reason());
            }
        }
    }
}
