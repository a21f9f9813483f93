package org.lessonsportal.domain.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.lessonsportal.testsupport.StartUpFailures;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** {@code lessons.pairing.*}: ten days to answer and a reminder three days before, unless set; bad values stop start-up. */
class PairingSettingsTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(PairingConfiguration.class);

    @Test
    void tenDaysToAnswerAndAReminderThreeDaysBeforeUnlessSet() {
        runner.run(context -> {
            PairingSettings settings = context.getBean(PairingSettings.class);
            assertThat(settings.getReplyWithin()).isEqualTo(Duration.ofDays(10));
            assertThat(settings.getReminderBefore()).isEqualTo(Duration.ofDays(3));
        });
        runner.withPropertyValues("lessons.pairing.reply-within=P14D", "lessons.pairing.reminder-before=2d")
                .run(context -> {
                    PairingSettings settings = context.getBean(PairingSettings.class);
                    assertThat(settings.getReplyWithin()).isEqualTo(Duration.ofDays(14));
                    assertThat(settings.getReminderBefore()).isEqualTo(Duration.ofDays(2));
                });
    }

    @Test
    void aReminderNotBeforeTheDeadlineStopsStartUpNamingTheSettings() {
        runner.withPropertyValues("lessons.pairing.reply-within=P3D", "lessons.pairing.reminder-before=P3D")
                .run(context -> assertThat(StartUpFailures.message(context.getStartupFailure()))
                        .contains("lessons.pairing.reminder-before must be shorter than "
                                + "lessons.pairing.reply-within"));
    }

    @Test
    void aDeadlineOfNothingStopsStartUpNamingTheSetting() {
        runner.withPropertyValues("lessons.pairing.reply-within=0s").run(context -> assertThat(
                StartUpFailures.message(context.getStartupFailure())).contains("lessons.pairing.reply-within",
                "must be a positive duration, e.g. P10D"));
    }
}
