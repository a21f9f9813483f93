package org.lessonsportal.domain.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** How a {@link DeclineOverride} is stored: one row per lesson and round. */
@Entity
@Table(name = "decline_override")
class DeclineOverrideEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "lesson_id", nullable = false)
    private Long lessonId;

    @Column(name = "round_number", nullable = false)
    private int round;

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
        this.lessonId = lessonId;
        this.round = round;
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
        return new DeclineOverride(lessonId, round, proposedBy, proposedAt, reason, confirmedBy, confirmedAt);
    }
}
