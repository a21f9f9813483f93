package org.lessonsportal.domain.question;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.lessonsportal.domain.shared.VersionedLessonRow;

/** An answer to a question, by the author or a colleague of the lesson's organisation; a publisher may hide it. */
@Entity
@Table(name = "question_answer")
class QuestionAnswer extends VersionedLessonRow {

    private Long questionId;
    private Long answeredBy;
    private String text;
    private Instant answeredAt;
    private Instant hiddenAt;
    private Long hiddenBy;
    private String hiddenReason;

    protected QuestionAnswer() {
    }

    QuestionAnswer(Long questionId, Long lessonId, Long answeredBy, String text, Instant now) {
        super(lessonId);
        this.questionId = questionId;
        this.answeredBy = answeredBy;
        this.text = text;
        this.answeredAt = now;
    }

    void hide(Long memberId, String reason, Instant now) {
        this.hiddenAt = now;
        this.hiddenBy = memberId;
        this.hiddenReason = reason;
    }

    boolean isHidden() {
        return hiddenAt != null;
    }

    Long getQuestionId() {
        return questionId;
    }

    Long getAnsweredBy() {
        return answeredBy;
    }

    String getText() {
        return text;
    }

    Instant getAnsweredAt() {
        return answeredAt;
    }
}
