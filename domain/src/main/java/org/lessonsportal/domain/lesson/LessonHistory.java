package org.lessonsportal.domain.lesson;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.audit.AuditEntry;
import org.lessonsportal.domain.audit.AuditService;
import org.lessonsportal.domain.lesson.LessonGuard.Guarded;
import org.lessonsportal.domain.lesson.LessonPolicy.Action;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * A lesson's history for {@link LessonService}: the copy of the content kept at each submission round, what changed
 * between rounds, and the audit trail, with others' reviews hidden from a reviewer who has not sent theirs
 * ({@link BlindReview}).
 */
@Component
@RequiredArgsConstructor
class LessonHistory {

    private final SubmissionRoundRepository rounds;
    private final AuditService audit;
    private final LessonGuard guard;

    /** Keeps the lesson's content as submitted in the round. */
    void keepRound(Lesson lesson, int round, Actor actor, Instant now) {
        rounds.save(new SubmissionRound(lesson.getId(), round, actor.memberId(),
                LessonSnapshots.write(lesson.getContent()), now));
    }

    List<RoundSummary> rounds(Long lessonId, Actor actor) {
        guard.guard(lessonId, actor).require(Action.VIEW_HISTORY);
        return rounds.findByLessonIdOrderByRoundAsc(lessonId).stream()
                .map(r -> new RoundSummary(r.getRound(), r.submittedAt(), r.submittedBy())).toList();
    }

    LessonContent roundContent(Long lessonId, Actor actor, int round) {
        guard.guard(lessonId, actor).require(Action.VIEW_HISTORY);
        return LessonSnapshots.read(round(lessonId, round).content());
    }

    List<FieldChange> compareRounds(Long lessonId, Actor actor, int fromRound, int toRound) {
        guard.guard(lessonId, actor).require(Action.VIEW_HISTORY);
        return LessonDiff.between(LessonSnapshots.read(round(lessonId, fromRound).content()),
                LessonSnapshots.read(round(lessonId, toRound).content()));
    }

    List<FieldChange> changesSinceLatestRound(Long lessonId, Actor actor) {
        Guarded guarded = guard.guard(lessonId, actor);
        guarded.require(Action.VIEW_HISTORY);
        if (guarded.lesson.getRound() == 0) {
            throw new LessonStateException(guarded.lesson.getState(),
                    "This lesson has not been submitted yet, so there is no earlier version to compare with.");
        }
        return LessonDiff.between(LessonSnapshots.read(round(lessonId, guarded.lesson.getRound()).content()),
                guarded.lesson.getContent());
    }

    List<AuditEntry> auditTrail(Long lessonId, Actor actor) {
        Guarded guarded = guard.guard(lessonId, actor);
        guarded.require(Action.VIEW_HISTORY);
        List<AuditEntry> trail = audit.forLesson(lessonId);
        return BlindReview.hiddenRound(actor, guarded.lesson, guarded.assignments(), trail)
                .map(round -> BlindReview.withoutOthersReviews(trail, actor, round)).orElse(trail);
    }

    Optional<Integer> blindRound(Long lessonId, Actor actor) {
        Guarded guarded = guard.guard(lessonId, actor);
        return BlindReview.hiddenRound(actor, guarded.lesson, guarded.assignments(),
                audit.forLesson(lessonId));
    }

    private SubmissionRound round(Long lessonId, int round) {
        return rounds.findByLessonIdAndRound(lessonId, round)
                .orElseThrow(() -> new NotFoundException("This lesson has no round " + round + "."));
    }
}
