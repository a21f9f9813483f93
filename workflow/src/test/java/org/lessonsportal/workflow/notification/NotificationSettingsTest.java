package org.lessonsportal.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lessonsportal.testsupport.StartUpFailures;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** {@code lessons.review.notifications.*}: the defaults, and a bad value stops start-up with the setting's name. */
class NotificationSettingsTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(NotificationSettings.class)
    static class Settings {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Settings.class);

    @Test
    void theLocalPortalUnlessSet() {
        runner.run(context -> {
            NotificationSettings settings = context.getBean(NotificationSettings.class);
            assertThat(settings.baseUrl()).isEqualTo("http://localhost:8080");
            assertThat(settings.mailFrom()).isEqualTo("lessons-portal@localhost");
        });
    }

    @Test
    void anAddressWithoutItsSchemeStopsStartUpNamingTheSetting() {
        runner.withPropertyValues("lessons.review.notifications.base-url=lessons.example.nhs.uk").run(context ->
                assertThat(StartUpFailures.message(context.getStartupFailure()))
                        .contains("lessons.review.notifications.base-url", "starting with https://"));
    }

    @Test
    void aSenderThatIsNotAnAddressStopsStartUpNamingTheSetting() {
        runner.withPropertyValues("lessons.review.notifications.mail-from=the portal").run(context ->
                assertThat(StartUpFailures.message(context.getStartupFailure()))
                        .contains("lessons.review.notifications.mail-from", "must be an e-mail address"));
    }
}
