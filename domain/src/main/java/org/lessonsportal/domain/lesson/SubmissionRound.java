package org.lessonsportal.domain.lesson;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.lessonsportal.domain.shared.LessonRoundRow;

/** The content of a lesson as it was submitted in one round, kept unchanged (a JSON snapshot). */
@Entity
@Table(name = "lesson_round")
class SubmissionRound extends LessonRoundRow {

    static final int SNAPSHOT_MAX = 1_000_000;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "submitted_by")
    private Long submittedBy;

    @Column(name = "content", nullable = false, length = SNAPSHOT_MAX)
    private String content;

    protected SubmissionRound() {
    }

    SubmissionRound(Long lessonId, int round, Long submittedBy, String content, Instant submittedAt) {
        super(lessonId, round);
        this.submittedBy = submittedBy;
        this.content = content;
        this.submittedAt = submittedAt;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    Long submittedBy() {
        return submittedBy;
    }

    String content() {
        return content;
    }
}
