package org.lessonsportal.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lessonsportal.testsupport.StartUpFailures;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** {@code lessons.demo-data} is off unless set, and a value that is not true or false stops start-up plainly. */
class DemoSettingsTest {

    @EnableConfigurationProperties(DemoSettings.class)
    static class Settings {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Settings.class);

    @Test
    void theDemoLessonsLoadOnlyWhenAsked() {
        runner.run(context -> assertThat(context.getBean(DemoSettings.class).demoData()).isFalse());
        runner.withPropertyValues("lessons.demo-data=true").run(context -> assertThat(
                context.getBean(DemoSettings.class).demoData()).isTrue());
    }

    @Test
    void aValueThatIsNotTrueOrFalseStopsStartUpNamingTheSetting() {
        runner.withPropertyValues("lessons.demo-data=sometimes").run(context -> assertThat(
                StartUpFailures.message(context.getStartupFailure())).contains("lessons.demo-data"));
    }
}
