package org.lessonsportal.domain.lesson;

import java.time.Instant;
import java.util.List;

/**
 * The author resubmitted after changes were asked for, starting a new round. When the previous round's reviewers
 * are still assigned they carry over and the lesson goes straight back {@link LessonState#IN_REVIEW} with them
 * ({@code reviewerIds}); otherwise it is {@link LessonState#SUBMITTED} and waits for reviewers.
 */
public record LessonResubmitted(Long lessonId, int round, Long authorId, LessonState state, List<Long> reviewerIds,
        Instant occurredAt) implements LessonEvent {

    public LessonResubmitted {
        reviewerIds = List.copyOf(reviewerIds);
    }
}
