package org.lessonsportal.workflow.question;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code lessons.questions.*}: how long a question to a lesson's team may wait. Durations are ISO-8601 ({@code P7D})
 * or Spring's short form ({@code 7d}), counted from when the question was asked, and copied into each question's
 * process when it starts, so a waiting question keeps the periods it started with. Checked at start-up.
 */
@Validated
@ConfigurationProperties("lessons.questions")
public class QuestionSettings {

    /** A question unanswered this long is sent to the rest of the lesson's organisation. */
    @NotNull(message = "must be set, e.g. P7D")
    @DurationMin(seconds = 1, message = "must be a positive duration, e.g. P7D")
    private Duration escalateAfter = Duration.ofDays(7);

    /** A question unanswered this long is flagged to publishers. */
    @NotNull(message = "must be set, e.g. P14D")
    @DurationMin(seconds = 1, message = "must be a positive duration, e.g. P14D")
    private Duration flagAfter = Duration.ofDays(14);

    public Duration getEscalateAfter() {
        return escalateAfter;
    }

    public void setEscalateAfter(Duration escalateAfter) {
        this.escalateAfter = escalateAfter;
    }

    public Duration getFlagAfter() {
        return flagAfter;
    }

    public void setFlagAfter(Duration flagAfter) {
        this.flagAfter = flagAfter;
    }

    /** lessons.questions.flag-after must be longer than escalate-after. */
    @AssertTrue(message = "lessons.questions.flag-after must be longer than lessons.questions.escalate-after")
    public boolean isFlagAfterEscalation() {
        return escalateAfter == null || flagAfter == null || flagAfter.compareTo(escalateAfter) > 0;
    }
}
