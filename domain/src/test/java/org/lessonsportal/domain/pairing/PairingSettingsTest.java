package org.lessonsportal.domain.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.lessonsportal.testsupport.SettingsContext;

/** {@code lessons.pairing.*}: ten days to answer and a reminder three days before, unless set; bad values stop start-up. */
class PairingSettingsTest {

    private final SettingsContext<PairingSettings> settings = SettingsContext.of(PairingConfiguration.class,
            PairingSettings.class);

    @Test
    void tenDaysToAnswerAndAReminderThreeDaysBeforeUnlessSet() {
        PairingSettings defaults = settings.bind();
        assertThat(defaults.getReplyWithin()).isEqualTo(Duration.ofDays(10));
        assertThat(defaults.getReminderBefore()).isEqualTo(Duration.ofDays(3));

        PairingSettings set = settings.bind("lessons.pairing.reply-within=P14D", "lessons.pairing.reminder-before=2d");
        assertThat(set.getReplyWithin()).isEqualTo(Duration.ofDays(14));
        assertThat(set.getReminderBefore()).isEqualTo(Duration.ofDays(2));
    }

    @Test
    void aReminderNotBeforeTheDeadlineStopsStartUpNamingTheSettings() {
        assertThat(settings.failure("lessons.pairing.reply-within=P3D", "lessons.pairing.reminder-before=P3D"))
                .contains("lessons.pairing.reminder-before must be shorter than lessons.pairing.reply-within");
    }

    @Test
    void aDeadlineOfNothingStopsStartUpNamingTheSetting() {
        assertThat(settings.failure("lessons.pairing.reply-within=0s")).contains("lessons.pairing.reply-within",
                "must be a positive duration, e.g. P10D");
    }
}
