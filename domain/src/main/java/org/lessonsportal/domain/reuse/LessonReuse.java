package org.lessonsportal.domain.reuse;

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

    private Long organisationId;

    /** Who last said so. */
    private Long recordedBy;

    @Enumerated(EnumType.STRING)
    private ReuseStage stage;

    private String note;
    private Instant recordedAt;
    private Instant updatedAt;

    /** When the organisation was asked how reusing the lesson went, or {@code null}. */
    private Instant followUpAskedAt;

    /** How it went, in the organisation's words, or {@code null}. */
    private String outcome;

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
