package org.lessonsportal.domain.question;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.lessonsportal.domain.shared.VersionedLessonRow;

/** A question a member of another organisation asked a lesson's team. */
@Entity
@Table(name = "lesson_question")
class LessonQuestion extends VersionedLessonRow {

    private Long askedBy;

    /** The organisation the asker acted for. */
    private Long organisationId;

    private String text;
    private Instant askedAt;

    /** When the first answer came; {@code null} while unanswered. */
    private Instant answeredAt;

    protected LessonQuestion() {
    }

    LessonQuestion(Long lessonId, Long askedBy, Long organisationId, String text, Instant now) {
        super(lessonId);
        this.askedBy = askedBy;
        this.organisationId = organisationId;
        this.text = text;
        this.askedAt = now;
    }

    /** Records the first answer's time; returns whether this was the first. */
    boolean answered(Instant now) {
        if (answeredAt != null) {
            return false;
        }
        answeredAt = now;
        return true;
    }

    Long getAskedBy() {
        return askedBy;
    }

    Long getOrganisationId() {
        return organisationId;
    }

    String getText() {
        return text;
    }

    Instant getAskedAt() {
        return askedAt;
    }

    Instant getAnsweredAt() {
        return answeredAt;
    }
}
