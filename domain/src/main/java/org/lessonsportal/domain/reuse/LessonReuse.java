package org.lessonsportal.domain.reuse;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.lessonsportal.domain.shared.VersionedLessonRow;

/** An organisation's record that it is reusing a lesson: one per lesson and organisation. */
@Entity
@Table(name = "lesson_reuse")
class LessonReuse extends VersionedLessonRow {

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    /** Who last said so. */
    @Column(name = "recorded_by", nullable = false)
    private Long recordedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReuseStage stage;

    @Column(length = LessonReuseService.NOTE_MAX)
    private String note;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** When the organisation was asked how reusing the lesson went, or {@code null}. */
    @Column(name = "follow_up_asked_at")
    private Instant followUpAskedAt;

    /** How it went, in the organisation's words, or {@code null}. */
    @Column(length = LessonReuseService.OUTCOME_MAX)
    private String outcome;

    @Column(name = "outcome_at")
    private Instant outcomeAt;

    protected LessonReuse() {
    }

    LessonReuse(Long lessonId, Long organisationId, Instant now) {
        super(lessonId);
        this.organisationId = organisationId;
        this.recordedAt = now;
    }

    void record(Long memberId, ReuseStage stage, String note, Instant now) {
        this.recordedBy = memberId;
        this.stage = stage;
        this.note = note;
        this.updatedAt = now;
    }

    /** Asks how it went, once, unless the organisation has already said; returns whether it asked now. */
    boolean askHowItWent(Instant now) {
        if (followUpAskedAt != null || outcome != null) {
            return false;
        }
        followUpAskedAt = now;
        return true;
    }

    void tellHowItWent(Long memberId, String outcome, Instant now) {
        this.recordedBy = memberId;
        this.outcome = outcome;
        this.outcomeAt = now;
        this.updatedAt = now;
    }

    Long getOrganisationId() {
        return organisationId;
    }

    Long getRecordedBy() {
        return recordedBy;
    }

    ReuseStage getStage() {
        return stage;
    }

    String getNote() {
        return note;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    Instant getFollowUpAskedAt() {
        return followUpAskedAt;
    }

    String getOutcome() {
        return outcome;
    }

    Instant getOutcomeAt() {
        return outcomeAt;
    }
}
