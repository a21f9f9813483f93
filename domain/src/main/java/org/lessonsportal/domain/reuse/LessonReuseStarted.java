package org.lessonsportal.domain.reuse;

import java.time.Instant;

/**
 * An organisation said for the first time that it is reusing a lesson (published inside the transaction, so a
 * listener that fails rolls the record back). The workflow asks it some months later how it went.
 */
public record LessonReuseStarted(Long reuseId, Long lessonId, Long organisationId, Long recordedBy, Instant at) {
}
