package org.lessonsportal.domain.lesson;

import java.time.Instant;
import java.time.LocalDate;
import org.lessonsportal.domain.taxonomy.ProjectType;

/**
 * A line in a list of lessons: the lesson's own row, none of its lists (tags, technologies, settings, challenges).
 *
 * @param projectType {@code null} while a draft has none
 */
public record LessonSummary(Long id, String title, LessonState state, Long organisationId, Long authorId, int round,
        LocalDate publishedOn, Instant updatedAt, ProjectType projectType) {

    static LessonSummary of(Lesson lesson) {
        return new LessonSummary(lesson.getId(), lesson.getTitle(), lesson.getState(), lesson.getOrganisationId(),
                lesson.getAuthorId(), lesson.getRound(), lesson.getPublishedOn(), lesson.getUpdatedAt(),
                lesson.getProjectType());
    }
}
