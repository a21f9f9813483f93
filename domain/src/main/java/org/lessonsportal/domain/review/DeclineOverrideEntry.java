package org.lessonsportal.domain.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.lessonsportal.domain.shared.LessonRoundRow;

/** How a {@link DeclineOverride} is stored: one row per lesson and round. */
@Entity
@Table(name = "decline_override")
class DeclineOverrideEntry extends LessonRoundRow {

    @Column(name = "proposed_by", nullable = false)
    private Long proposedBy;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Column(name = "reason", nullable = false, length = DeclineOverrideService.REASON_MAX)
    private String reason;

    @Column(name = "confirmed_by")
    private Long confirmedBy;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    protected DeclineOverrideEntry() {
    }

    DeclineOverrideEntry(Long lessonId, int round, Long proposedBy, String reason, Instant proposedAt) {
        super(lessonId, round);
        this.proposedBy = proposedBy;
        this.reason = reason;
        this.proposedAt = proposedAt;
    }

    void confirm(Long publisherId, Instant now) {
        if (publisherId.equals(proposedBy)) {
            throw new IllegalArgumentException("The proposer cannot confirm their own override");
        }
        this.confirmedBy = publisherId;
        this.confirmedAt = now;
    }

    DeclineOverride toOverride() {
        return new DeclineOverride(getLessonId(), getRound(), proposedBy, proposedAt, reason, confirmedBy, confirmedAt);
    }
}
