package org.lessonsportal.domain.review;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.lessonsportal.domain.shared.LessonRoundRow;

/** How a {@link ReviewDraft} is stored: one row per reviewer and round, its answers as JSON. */
@Entity
@Table(name = "review_draft")
class ReviewDraftEntry extends LessonRoundRow {

    static final int CONTENT_MAX = 1_000_000;

    private Long reviewerId;
    private String content;
    private Instant savedAt;

    protected ReviewDraftEntry() {
    }

    ReviewDraftEntry(Long lessonId, int round, Long reviewerId) {
        super(lessonId, round);
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
