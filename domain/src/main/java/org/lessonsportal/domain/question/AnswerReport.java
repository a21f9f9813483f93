package org.lessonsportal.domain.question;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.lessonsportal.domain.shared.GeneratedIdRow;

/** Someone's report that an answer is wrong or unsuitable: one per answer and person. */
@Entity
@Table(name = "answer_report")
class AnswerReport extends GeneratedIdRow {

    private Long answerId;
    private Long reportedBy;
    private String reason;
    private Instant reportedAt;

    protected AnswerReport() {
    }

    AnswerReport(Long answerId, Long reportedBy, String reason, Instant now) {
        this.answerId = answerId;
        this.reportedBy = reportedBy;
        this.reason = reason;
        this.reportedAt = now;
    }

    Long getAnswerId() {
        return answerId;
    }

    Long getReportedBy() {
        return reportedBy;
    }

    Instant getReportedAt() {
        return reportedAt;
    }
}
