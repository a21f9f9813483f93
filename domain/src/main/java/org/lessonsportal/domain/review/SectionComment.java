package org.lessonsportal.domain.review;

/**
 * A reviewer's comment on one section of the lesson.
 *
 * @param section a section key from {@code LessonFields.SECTIONS}, e.g. {@code context} or {@code challenges}
 */
public record SectionComment(String section, String comment) {

    public SectionComment {
        comment = comment == null ? null : comment.strip();
    }
}
