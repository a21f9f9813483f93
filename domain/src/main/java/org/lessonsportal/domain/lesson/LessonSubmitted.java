package org.lessonsportal.domain.lesson;

import java.time.Instant;
import org.lessonsportal.domain.taxonomy.ProjectType;

/** The author submitted a draft for review: round 1 begins and the lesson waits for reviewers. */
public record LessonSubmitted(Long lessonId, int round, Long authorId, Long organisationId, ProjectType projectType,
        Instant occurredAt) implements LessonEvent {
}
