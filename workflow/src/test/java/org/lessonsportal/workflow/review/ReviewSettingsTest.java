package org.lessonsportal.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.lessonsportal.testsupport.StartUpFailures;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** {@code lessons.review.*}: the defaults, and a bad value stops start-up with the setting's name. */
class ReviewSettingsTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ReviewSettings.class)
    static class Settings {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Settings.class);

    @Test
    void twoReviewersAndTheUsualPeriodsUnlessSet() {
        runner.run(context -> {
            ReviewSettings settings = context.getBean(ReviewSettings.class);
            assertThat(settings.getRequiredReviewers()).isEqualTo(2);
            assertThat(settings.getReminderAfter()).isEqualTo(Duration.ofDays(5));
            assertThat(settings.getEscalateAfter()).isEqualTo(Duration.ofDays(10));
        });
        runner.withPropertyValues("lessons.review.reminder-after=P2D").run(context -> assertThat(
                context.getBean(ReviewSettings.class).getReminderAfter()).isEqualTo(Duration.ofDays(2)));
    }

    @Test
    void noReviewersStopsStartUpNamingTheSetting() {
        runner.withPropertyValues("lessons.review.required-reviewers=0").run(context -> assertThat(
                StartUpFailures.message(context.getStartupFailure())).contains("lessons.review.required-reviewers",
                        "must be at least 1"));
    }

    @Test
    void aPeriodOfNothingStopsStartUpNamingTheSetting() {
        runner.withPropertyValues("lessons.review.escalate-after=P0D").run(context -> assertThat(
                StartUpFailures.message(context.getStartupFailure())).contains("lessons.review.escalate-after",
                        "must be a positive duration"));
    }
}
