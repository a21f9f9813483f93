package org.lessonsportal.domain.shared;

import jakarta.persistence.MappedSuperclass;

/**
 * What every table kept about a lesson's life has: a generated {@code id} ({@link GeneratedIdRow}) and the
 * {@code lesson_id} of the lesson the row belongs to. Rows about one round of the review extend
 * {@link LessonRoundRow}; rows changed after they are written, {@link VersionedLessonRow}.
 */
@MappedSuperclass
public abstract class LessonRow extends GeneratedIdRow {

    private Long lessonId;

    protected LessonRow() {
    }

    protected LessonRow(Long lessonId) {
        this.lessonId = lessonId;
    }

    public Long getLessonId() {
        return lessonId;
    }
}
