package org.lessonsportal.domain.lesson;

import java.time.Instant;
import java.time.LocalDate;

/** A line in a list of lessons. */
public record LessonSummary(Long id, String title, LessonState state, Long organisationId, Long authorId, int round,
        LocalDate publishedOn, Instant updatedAt) {

    static LessonSummary of(Lesson lesson) {
        return new LessonSummary(lesson.getId(), lesson.getTitle(), lesson.getState(), lesson.getOrganisationId(),
                lesson.getAuthorId(), lesson.getRound(), lesson.getPublishedOn(), lesson.getUpdatedAt());
    }
}
