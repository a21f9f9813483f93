package org.lessonsportal.domain.lesson;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A lesson as a reader or the form sees it, fully loaded (safe to use outside a transaction).
 *
 * @param version    pass it back to {@code saveDraft}/{@code submit} so a concurrent change is noticed
 * @param authorId   {@code null} for imported lessons
 * @param externalId the id from the exchange file it was imported from, or {@code null}
 * @param round      the current submission round, 0 before the first submission
 * @param buildsOnId the earlier published lesson this one builds on, or {@code null}
 */
public record LessonDetails(Long id, long version, LessonState state, LessonContent content, Long authorId,
        Long organisationId, String externalId, int round, LocalDate publishedOn, String archiveReason,
        Instant createdAt, Instant updatedAt, Long buildsOnId) {

    static LessonDetails of(Lesson lesson) {
        return new LessonDetails(lesson.getId(), lesson.getVersion(), lesson.getState(), lesson.getContent(),
                lesson.getAuthorId(), lesson.getOrganisationId(), lesson.getExternalId(), lesson.getRound(),
                lesson.getPublishedOn(), lesson.getArchiveReason(), lesson.getCreatedAt(), lesson.getUpdatedAt(),
                lesson.getBuildsOnId());
    }

    public String title() {
        return content.title();
    }

    /** Its line in a list of lessons. */
    public LessonSummary summary() {
        return new LessonSummary(id, title(), state, organisationId, authorId, round, publishedOn, updatedAt,
                content.projectType());
    }
}
