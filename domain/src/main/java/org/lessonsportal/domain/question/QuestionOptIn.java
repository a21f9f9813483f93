package org.lessonsportal.domain.question;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member who asked to be told about questions on their organisation's lessons (no row: not told). */
@Entity
@Table(name = "question_opt_in")
class QuestionOptIn {

    @Id
    private Long memberId;

    private Instant optedInAt;

    protected QuestionOptIn() {
    }

    QuestionOptIn(Long memberId, Instant now) {
        this.memberId = memberId;
        this.optedInAt = now;
    }

    Long getMemberId() {
        return memberId;
    }
}
