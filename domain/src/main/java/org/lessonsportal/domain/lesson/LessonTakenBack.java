package org.lessonsportal.domain.lesson;

import java.time.Instant;
import java.util.List;

/**
 * The author took a submitted lesson back to draft before any reviewer opened it: the review of that round ends and
 * {@code releasedReviewerIds} (the round's reviewers, if any were chosen) are no longer needed.
 */
public record LessonTakenBack(Long lessonId, Long authorId, int round, List<Long> releasedReviewerIds,
        Instant occurredAt) implements LessonEvent {

    public LessonTakenBack {
        releasedReviewerIds = List.copyOf(releasedReviewerIds);
    }
}
