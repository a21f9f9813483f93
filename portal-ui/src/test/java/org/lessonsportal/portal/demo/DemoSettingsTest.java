package org.lessonsportal.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lessonsportal.testsupport.SettingsContext;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** {@code lessons.demo-data} is off unless set, and a value that is not true or false stops start-up plainly. */
class DemoSettingsTest {

    /** What {@link DemoLessons} enables, without the services it needs. */
    @EnableConfigurationProperties(DemoSettings.class)
    static class Settings {
    }

    private final SettingsContext<DemoSettings> settings = SettingsContext.of(Settings.class, DemoSettings.class);

    @Test
    void theDemoLessonsLoadOnlyWhenAsked() {
        assertThat(settings.bind().demoData()).isFalse();
        assertThat(settings.bind("lessons.demo-data=true").demoData()).isTrue();
    }

    @Test
    void aValueThatIsNotTrueOrFalseStopsStartUpNamingTheSetting() {
        assertThat(settings.failure("lessons.demo-data=sometimes")).contains("lessons.demo-data");
    }
}
