package org.lessonsportal.workflow.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.lessonsportal.testsupport.SettingsContext;

/** {@code lessons.questions.*}: a week, then two, unless set; a bad value stops start-up naming the setting. */
class QuestionSettingsTest {

    private final SettingsContext<QuestionSettings> settings = SettingsContext.of(QuestionConfiguration.class,
            QuestionSettings.class);

    @Test
    void aWeekThenTwoUnlessSet() {
        QuestionSettings defaults = settings.bind();
        assertThat(defaults.getEscalateAfter()).isEqualTo(Duration.ofDays(7));
        assertThat(defaults.getFlagAfter()).isEqualTo(Duration.ofDays(14));
        assertThat(settings.bind("lessons.questions.escalate-after=3d", "lessons.questions.flag-after=P5D")
                .getEscalateAfter()).isEqualTo(Duration.ofDays(3));
    }

    @Test
    void aPeriodOfNothingOrFlaggingBeforeEscalatingStopsStartUpNamingTheSetting() {
        assertThat(settings.failure("lessons.questions.escalate-after=P0D"))
                .contains("lessons.questions.escalate-after", "must be a positive duration");
        assertThat(settings.failure("lessons.questions.flag-after=P3D"))
                .contains("lessons.questions.flag-after must be longer than lessons.questions.escalate-after");
    }
}
