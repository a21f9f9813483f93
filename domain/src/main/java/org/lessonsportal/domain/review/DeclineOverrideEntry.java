package org.lessonsportal.domain.review;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.lessonsportal.domain.shared.LessonRoundRow;

/** How a {@link DeclineOverride} is stored: one row per lesson and round. */
@Entity
@Table(name = "decline_override")
class DeclineOverrideEntry extends LessonRoundRow {

    private Long proposedBy;
    private Instant proposedAt;
    private String reason;
    private Long confirmedBy;
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
