package org.lessonsportal.domain.pairing;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code lessons.pairing.*}: how long an organisation has to answer a request to pair, and when its administrators
 * are reminded. Durations are ISO-8601 ({@code P10D}) or Spring's short form ({@code 10d}); a request keeps the
 * deadline it was made with. Checked at start-up.
 */
@Validated
@ConfigurationProperties("lessons.pairing")
public class PairingSettings {

    /** How long the offering organisation has to accept or decline a request; then it lapses. */
    @NotNull(message = "must be set, e.g. P10D")
    @DurationMin(seconds = 1, message = "must be a positive duration, e.g. P10D")
    private Duration replyWithin = Duration.ofDays(10);

    /** How long before the reply deadline the offering organisation's administrators are reminded. */
    @NotNull(message = "must be set, e.g. P3D")
    @DurationMin(seconds = 1, message = "must be a positive duration, e.g. P3D")
    private Duration reminderBefore = Duration.ofDays(3);

    @AssertTrue(message = "lessons.pairing.reminder-before must be shorter than lessons.pairing.reply-within")
    public boolean isReminderBeforeTheDeadline() {
        return replyWithin == null || reminderBefore == null || reminderBefore.compareTo(replyWithin) < 0;
    }

    public Duration getReplyWithin() {
        return replyWithin;
    }

    public void setReplyWithin(Duration replyWithin) {
        this.replyWithin = replyWithin;
    }

    public Duration getReminderBefore() {
        return reminderBefore;
    }

    public void setReminderBefore(Duration reminderBefore) {
        this.reminderBefore = reminderBefore;
    }
}
