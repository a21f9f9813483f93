package org.lessonsportal.domain.lesson;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.lessonsportal.domain.shared.LessonRoundRow;

/** A reviewer asked to review one round of a lesson; released when taken off it. Kept by the review workflow. */
@Entity
@Table(name = "lesson_reviewer")
class ReviewerAssignment extends LessonRoundRow {

    private Long memberId;
    private Instant assignedAt;
    private Long assignedBy;
    private Instant releasedAt;
    private Long releasedBy;
    private String releaseReason;

    /** When the reviewer first opened the review; {@code null} until they do. */
    private Instant openedAt;

    protected ReviewerAssignment() {
    }

    ReviewerAssignment(Long lessonId, Long memberId, int round, Long assignedBy, Instant now) {
        super(lessonId, round);
        this.memberId = memberId;
        this.assignedBy = assignedBy;
        this.assignedAt = now;
    }

    void release(Long by, String reason, Instant now) {
        this.releasedAt = now;
        this.releasedBy = by;
        this.releaseReason = reason;
    }

    boolean isOpened() {
        return openedAt != null;
    }

    boolean isActive() {
        return releasedAt == null;
    }

    Long memberId() {
        return memberId;
    }

    AssignedReviewer toView() {
        return new AssignedReviewer(memberId, getRound(), assignedAt, assignedBy, releasedAt, releaseReason);
    }
}
