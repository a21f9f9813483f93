package org.lessonsportal.workflow.review;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code lessons.review.*}: how the peer review runs. Durations are ISO-8601 ({@code P5D}) or Spring's short form
 * ({@code 5d}). They are copied into each review process when it starts (as ISO-8601 process variables), so a running
 * review keeps the periods it started with.
 */
@ConfigurationProperties("lessons.review")
public class ReviewSettings {

    /** How many reviewers each lesson gets. */
    private int requiredReviewers = 2;

    /** A reviewer who has not finished after this long gets a reminder. */
    private Duration reminderAfter = Duration.ofDays(5);

    /** A reviewer who has not finished after this long (from being asked) loses the review to a publisher. */
    private Duration escalateAfter = Duration.ofDays(10);

    /** An author who has not resubmitted after this long gets a reminder. */
    private Duration reviseReminderAfter = Duration.ofDays(7);

    /** When publishers' tasks (choose reviewers, decide, publish) count as overdue. */
    private Duration decisionDueAfter = Duration.ofDays(5);

    /** Also keep reviewers from the author's integrated care board area off the lesson. */
    private boolean excludeSameIcb;

    public int getRequiredReviewers() {
        return requiredReviewers;
    }

    public void setRequiredReviewers(int requiredReviewers) {
        if (requiredReviewers < 1) {
            throw new IllegalArgumentException("lessons.review.required-reviewers must be at least 1");
        }
        this.requiredReviewers = requiredReviewers;
    }

    public Duration getReminderAfter() {
        return reminderAfter;
    }

    public void setReminderAfter(Duration reminderAfter) {
        this.reminderAfter = positive(reminderAfter, "reminder-after");
    }

    public Duration getEscalateAfter() {
        return escalateAfter;
    }

    public void setEscalateAfter(Duration escalateAfter) {
        this.escalateAfter = positive(escalateAfter, "escalate-after");
    }

    public Duration getReviseReminderAfter() {
        return reviseReminderAfter;
    }

    public void setReviseReminderAfter(Duration reviseReminderAfter) {
        this.reviseReminderAfter = positive(reviseReminderAfter, "revise-reminder-after");
    }

    public Duration getDecisionDueAfter() {
        return decisionDueAfter;
    }

    public void setDecisionDueAfter(Duration decisionDueAfter) {
        this.decisionDueAfter = positive(decisionDueAfter, "decision-due-after");
    }

    public boolean isExcludeSameIcb() {
        return excludeSameIcb;
    }

    public void setExcludeSameIcb(boolean excludeSameIcb) {
        this.excludeSameIcb = excludeSameIcb;
    }

    private static Duration positive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("lessons.review." + name + " must be a positive duration, e.g. P5D");
        }
        return duration;
    }
}
