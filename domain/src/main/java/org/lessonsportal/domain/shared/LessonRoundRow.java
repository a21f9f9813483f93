package org.lessonsportal.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** A {@link LessonRow} about one round of a lesson's review: its {@code round_number} too. */
@MappedSuperclass
public abstract class LessonRoundRow extends LessonRow {

    @Column(name = "round_number")
    private int round;

    protected LessonRoundRow() {
    }

    protected LessonRoundRow(Long lessonId, int round) {
        super(lessonId);
        this.round = round;
    }

    public int getRound() {
        return round;
    }
}
