package org.lessonsportal.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.lessonsportal.testsupport.SettingsContext;

/** {@code lessons.review.*}: the defaults, and a bad value stops start-up with the setting's name. */
class ReviewSettingsTest {

    private final SettingsContext<ReviewSettings> settings =
            SettingsContext.of(WorkflowConfiguration.class, ReviewSettings.class);

    @Test
    void twoReviewersAndTheUsualPeriodsUnlessSet() {
        ReviewSettings defaults = settings.bind();
        assertThat(defaults.getRequiredReviewers()).isEqualTo(2);
        assertThat(defaults.getReminderAfter()).isEqualTo(Duration.ofDays(5));
        assertThat(defaults.getEscalateAfter()).isEqualTo(Duration.ofDays(10));
        assertThat(settings.bind("lessons.review.reminder-after=P2D").getReminderAfter())
                .isEqualTo(Duration.ofDays(2));
    }

    @Test
    void noReviewersStopsStartUpNamingTheSetting() {
        assertThat(settings.failure("lessons.review.required-reviewers=0")).contains("lessons.review.required-reviewers",
                "must be at least 1");
    }

    @Test
    void aPeriodOfNothingStopsStartUpNamingTheSetting() {
        assertThat(settings.failure("lessons.review.escalate-after=P0D")).contains("lessons.review.escalate-after",
                "must be a positive duration");
    }
}
