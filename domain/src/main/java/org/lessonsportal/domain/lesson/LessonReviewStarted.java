package org.lessonsportal.domain.lesson;

import java.time.Instant;
import java.util.List;

/** Reviewers were assigned and the review of the current round began. */
public record LessonReviewStarted(Long lessonId, int round, List<Long> reviewerIds, Instant occurredAt)
        implements LessonEvent {

    public LessonReviewStarted {
        reviewerIds = List.copyOf(reviewerIds);
    }
}
