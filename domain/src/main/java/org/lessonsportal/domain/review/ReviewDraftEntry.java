package org.lessonsportal.domain.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** How a {@link ReviewDraft} is stored: one row per reviewer and round, its answers as JSON. */
@Entity
@Table(name = "review_draft")
class ReviewDraftEntry {

    static final int CONTENT_MAX = 1_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "lesson_id", nullable = false)
    private Long lessonId;

    @Column(name = "round_number", nullable = false)
    private int round;

    @Column(name = "reviewer_id", nullable = false)
    private Long reviewerId;

    @Column(name = "content", nullable = false, length = CONTENT_MAX)
    private String content;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected ReviewDraftEntry() {
    }

    ReviewDraftEntry(Long lessonId, int round, Long reviewerId) {
        this.lessonId = lessonId;
        this.round = round;
        this.reviewerId = reviewerId;
    }

    void update(String content, Instant savedAt) {
        this.content = content;
        this.savedAt = savedAt;
    }

    String content() {
        return content;
    }

    Instant savedAt() {
        return savedAt;
    }
}
