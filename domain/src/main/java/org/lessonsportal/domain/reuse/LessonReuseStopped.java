package org.lessonsportal.domain.reuse;

/** An organisation said it no longer reuses a lesson; its record is gone and nobody asks it how it went. */
public record LessonReuseStopped(Long reuseId, Long lessonId, Long organisationId) {
}
