package org.lessonsportal.domain.question;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An answer to a question, by the author or a colleague of the lesson's organisation; a publisher may hide it. */
@Entity
@Table(name = "question_answer")
class QuestionAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "question_id", nullable = false)
    private Long questionId;

    @Column(name = "lesson_id", nullable = false)
    private Long lessonId;

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

    @Version
    private long version;

    protected QuestionAnswer() {
    }

    QuestionAnswer(Long questionId, Long lessonId, Long answeredBy, String text, Instant now) {
        this.questionId = questionId;
        this.lessonId = lessonId;
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

    Long getId() {
        return id;
    }

    Long getQuestionId() {
        return questionId;
    }

    Long getLessonId() {
        return lessonId;
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
