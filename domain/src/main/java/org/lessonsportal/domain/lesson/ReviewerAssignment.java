package org.lessonsportal.domain.lesson;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.lessonsportal.domain.shared.LessonRoundRow;

/** A reviewer asked to review one round of a lesson; released when taken off it. Kept by the review workflow. */
@Entity
@Table(name = "lesson_reviewer")
class ReviewerAssignment extends LessonRoundRow {

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(name = "assigned_by")
    private Long assignedBy;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Column(name = "released_by")
    private Long releasedBy;

    @Column(name = "release_reason", length = 4000)
    private String releaseReason;

    /** When the reviewer first opened the review; {@code null} until they do. */
    @Column(name = "opened_at")
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
