package org.lessonsportal.domain.lesson;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.lessonsportal.domain.shared.LessonRoundRow;

/** The content of a lesson as it was submitted in one round, kept unchanged (a JSON snapshot). */
@Entity
@Table(name = "lesson_round")
class SubmissionRound extends LessonRoundRow {

    private Instant submittedAt;
    private Long submittedBy;
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
