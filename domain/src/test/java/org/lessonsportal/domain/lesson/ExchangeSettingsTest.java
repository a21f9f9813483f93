package org.lessonsportal.domain.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lessonsportal.testsupport.SettingsContext;
import org.springframework.util.unit.DataSize;

/** {@code lessons.exchange.*} is read in one place, with its default, and a bad value stops start-up plainly. */
class ExchangeSettingsTest {

    private final SettingsContext<ExchangeSettings> settings =
            SettingsContext.of(ExchangeConfiguration.class, ExchangeSettings.class);

    @Test
    void theLimitIs20MegabytesUnlessSet() {
        assertThat(settings.bind().maxFileSize()).isEqualTo(DataSize.ofMegabytes(20));
        assertThat(settings.bind("lessons.exchange.max-file-size=5MB").maxFileBytes()).isEqualTo(5L * 1024 * 1024);
    }

    @Test
    void aLimitOfNothingStopsStartUpNamingTheSetting() {
        assertThat(settings.failure("lessons.exchange.max-file-size=0MB")).contains("lessons.exchange.max-file-size",
                "must be more than 0 bytes, e.g. 20MB");
    }

    @Test
    void aLimitThatIsNotASizeStopsStartUpNamingTheSetting() {
        assertThat(settings.failure("lessons.exchange.max-file-size=lots")).contains("lessons.exchange.max-file-size");
    }
}
