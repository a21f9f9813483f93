package org.lessonsportal.workflow.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.lessonsportal.testsupport.StartUpFailures;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** {@code lessons.questions.*}: a week, then two, unless set; a bad value stops start-up naming the setting. */
class QuestionSettingsTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(QuestionConfiguration.class);

    @Test
    void aWeekThenTwoUnlessSet() {
        runner.run(context -> {
            QuestionSettings settings = context.getBean(QuestionSettings.class);
            assertThat(settings.getEscalateAfter()).isEqualTo(Duration.ofDays(7));
            assertThat(settings.getFlagAfter()).isEqualTo(Duration.ofDays(14));
        });
        runner.withPropertyValues("lessons.questions.escalate-after=3d", "lessons.questions.flag-after=P5D")
                .run(context -> assertThat(context.getBean(QuestionSettings.class).getEscalateAfter())
                        .isEqualTo(Duration.ofDays(3)));
    }

    @Test
    void aPeriodOfNothingOrFlaggingBeforeEscalatingStopsStartUpNamingTheSetting() {
        runner.withPropertyValues("lessons.questions.escalate-after=P0D").run(context -> assertThat(
                StartUpFailures.message(context.getStartupFailure())).contains("lessons.questions.escalate-after",
                        "must be a positive duration"));
        runner.withPropertyValues("lessons.questions.flag-after=P3D").run(context -> assertThat(
                StartUpFailures.message(context.getStartupFailure())).contains(
                        "lessons.questions.flag-after must be longer than lessons.questions.escalate-after"));
    }
}
