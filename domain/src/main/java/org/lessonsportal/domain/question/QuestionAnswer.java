package org.lessonsportal.domain.question;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.lessonsportal.domain.shared.VersionedLessonRow;

/** An answer to a question, by the author or a colleague of the lesson's organisation; a publisher may hide it. */
@Entity
@Table(name = "question_answer")
class QuestionAnswer extends VersionedLessonRow {

    @Column(name = "question_id", nullable = false)
    private Long questionId;

    @Column(name = "answered_by", nullable = false)
    private Long answeredBy;

    @Column(nullable = false, length = QuestionService.ANSWER_MAX)
    private String text;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @Column(name = "hidden_by")
    private Long hiddenBy;

    @Column(name = "hidden_reason", length = QuestionService.REASON_MAX)
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
