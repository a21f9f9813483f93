package org.lessonsportal.domain.lesson;

import java.time.Instant;

/**
 * A publisher sent an approved lesson back, to the reviewers ({@link LessonState#IN_REVIEW}) or to the author
 * ({@link LessonState#CHANGES_REQUESTED}), with a reason.
 */
public record LessonSentBack(Long lessonId, int round, Long publisherId, LessonState state, String reason,
        Instant occurredAt) implements LessonEvent {
}
