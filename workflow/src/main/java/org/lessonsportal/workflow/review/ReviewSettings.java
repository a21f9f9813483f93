package org.lessonsportal.workflow.review;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code lessons.review.*}: how the peer review runs. Durations are ISO-8601 ({@code P5D}) or Spring's short form
 * ({@code 5d}). They apply to running reviews too: a reviewer's reminder and escalation are measured from when
 * they were asked, by a periodic check (docs/adr/0065). Checked at start-up: a bad value stops the portal with a message naming
 * the setting.
 */
@Validated
@ConfigurationProperties("lessons.review")
public class ReviewSettings {

    /** How many reviewers each lesson gets. */
    @Min(value = 1, message = "must be at least 1")
    private int requiredReviewers = 2;

    /** A reviewer who has not finished after this long gets a reminder. */
    @NotNull(message = "must be set, e.g. P5D")
    @DurationMin(seconds = 1, message = "must be a positive duration, e.g. P5D")
    private Duration reminderAfter = Duration.ofDays(5);

    /** A reviewer who has not finished after this long (from being asked) loses the review to a publisher. */
    @NotNull(message = "must be set, e.g. P5D")
    @DurationMin(seconds = 1, message = "must be a positive duration, e.g. P5D")
    private Duration escalateAfter = Duration.ofDays(10);

    /** An author who has not resubmitted after this long gets a reminder. */
    @NotNull(message = "must be set, e.g. P5D")
    @DurationMin(seconds = 1, message = "must be a positive duration, e.g. P5D")
    private Duration reviseReminderAfter = Duration.ofDays(7);

    /** When publishers' tasks (choose reviewers, decide, publish) count as overdue. */
    @NotNull(message = "must be set, e.g. P5D")
    @DurationMin(seconds = 1, message = "must be a positive duration, e.g. P5D")
    private Duration decisionDueAfter = Duration.ofDays(5);

    /** How often a node looks for reviews due a reminder or overdue (docs/adr/0065). */
    @NotNull(message = "must be set, e.g. PT1M")
    @DurationMin(seconds = 1, message = "must be a positive duration, e.g. PT1M")
    private Duration dueCheckInterval = Duration.ofMinutes(1);

    /** Also keep reviewers from the author's integrated care board area off the lesson. */
    private boolean excludeSameIcb;

    public int getRequiredReviewers() {
        return requiredReviewers;
    }

    public void setRequiredReviewers(int requiredReviewers) {
        this.requiredReviewers = requiredReviewers;
    }

    public Duration getReminderAfter() {
        return reminderAfter;
    }

    public void setReminderAfter(Duration reminderAfter) {
        this.reminderAfter = reminderAfter;
    }

    public Duration getEscalateAfter() {
        return escalateAfter;
    }

    public void setEscalateAfter(Duration escalateAfter) {
        this.escalateAfter = escalateAfter;
    }

    public Duration getReviseReminderAfter() {
        return reviseReminderAfter;
    }

    public void setReviseReminderAfter(Duration reviseReminderAfter) {
        this.reviseReminderAfter = reviseReminderAfter;
    }

    public Duration getDecisionDueAfter() {
        return decisionDueAfter;
    }

    public void setDecisionDueAfter(Duration decisionDueAfter) {
        this.decisionDueAfter = decisionDueAfter;
    }

    public Duration getDueCheckInterval() {
        return dueCheckInterval;
    }

    public void setDueCheckInterval(Duration dueCheckInterval) {
        this.dueCheckInterval = dueCheckInterval;
    }

    public boolean isExcludeSameIcb() {
        return excludeSameIcb;
    }

    public void setExcludeSameIcb(boolean excludeSameIcb) {
        this.excludeSameIcb = excludeSameIcb;
    }
}
