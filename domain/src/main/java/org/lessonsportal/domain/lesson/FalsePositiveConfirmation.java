package org.lessonsportal.domain.lesson;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.lessonsportal.domain.shared.LessonRow;
import org.lessonsportal.domain.lesson.PatientDataFinding.Kind;

/** The author's word that one patient-data finding is not patient information, with their reason. */
@Entity
@Table(name = "lesson_ig_confirmation")
class FalsePositiveConfirmation extends LessonRow {

    @Column(name = "field_key")
    private String field;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Column(name = "matched_text")
    private String match;

    private String reason;
    private Long confirmedBy;
    private Instant confirmedAt;

    protected FalsePositiveConfirmation() {
    }

    FalsePositiveConfirmation(Long lessonId, PatientDataFinding finding, String reason, Long confirmedBy,
            Instant now) {
        super(lessonId);
        this.field = finding.field();
        this.kind = finding.kind();
        this.match = finding.match().length() > 200 ? finding.match().substring(0, 200) : finding.match();
        this.reason = reason;
        this.confirmedBy = confirmedBy;
        this.confirmedAt = now;
    }

    boolean covers(PatientDataFinding finding) {
        return finding.isSameAs(field, kind, match);
    }

    ConfirmedFinding toView() {
        return new ConfirmedFinding(field, kind, match, reason, confirmedBy, confirmedAt);
    }
}
