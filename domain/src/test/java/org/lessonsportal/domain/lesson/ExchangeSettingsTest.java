package org.lessonsportal.domain.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lessonsportal.testsupport.StartUpFailures;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.unit.DataSize;

/** {@code lessons.exchange.*} is read in one place, with its default, and a bad value stops start-up plainly. */
class ExchangeSettingsTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(ExchangeConfiguration.class);

    @Test
    void theLimitIs20MegabytesUnlessSet() {
        runner.run(context -> assertThat(context.getBean(ExchangeSettings.class).maxFileSize())
                .isEqualTo(DataSize.ofMegabytes(20)));
        runner.withPropertyValues("lessons.exchange.max-file-size=5MB").run(context -> assertThat(
                context.getBean(ExchangeSettings.class).maxFileBytes()).isEqualTo(5L * 1024 * 1024));
    }

    @Test
    void aLimitOfNothingStopsStartUpNamingTheSetting() {
        runner.withPropertyValues("lessons.exchange.max-file-size=0MB").run(context -> assertThat(
                StartUpFailures.message(context.getStartupFailure())).contains("lessons.exchange.max-file-size",
                "must be more than 0 bytes, e.g. 20MB"));
    }

    @Test
    void aLimitThatIsNotASizeStopsStartUpNamingTheSetting() {
        runner.withPropertyValues("lessons.exchange.max-file-size=lots").run(context -> assertThat(
                StartUpFailures.message(context.getStartupFailure())).contains("lessons.exchange.max-file-size"));
    }
}
