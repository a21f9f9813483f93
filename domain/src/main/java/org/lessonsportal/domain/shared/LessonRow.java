package org.lessonsportal.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * What every table kept about a lesson's life has: a generated {@code id} and the {@code lesson_id} of the lesson the
 * row belongs to. Rows about one round of the review extend {@link LessonRoundRow}.
 */
@MappedSuperclass
public abstract class LessonRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "lesson_id", nullable = false)
    private Long lessonId;

    protected LessonRow() {
    }

    protected LessonRow(Long lessonId) {
        this.lessonId = lessonId;
    }

    public Long getId() {
        return id;
    }

    public Long getLessonId() {
        return lessonId;
    }
}
