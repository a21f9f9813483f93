package org.lessonsportal.domain.lesson;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The content of a lesson as it was submitted in one round, kept unchanged (a JSON snapshot). */
@Entity
@Table(name = "lesson_round")
class SubmissionRound {

    static final int SNAPSHOT_MAX = 1_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "lesson_id", nullable = false)
    private Long lessonId;

    @Column(name = "round_number", nullable = false)
    private int number;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "submitted_by")
    private Long submittedBy;

    @Column(name = "content", nullable = false, length = SNAPSHOT_MAX)
    private String content;

    protected SubmissionRound() {
    }

    SubmissionRound(Long lessonId, int number, Long submittedBy, String content, Instant submittedAt) {
        this.lessonId = lessonId;
        this.number = number;
        this.submittedBy = submittedBy;
        this.content = content;
        this.submittedAt = submittedAt;
    }

    Long lessonId() {
        return lessonId;
    }

    int number() {
        return number;
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
