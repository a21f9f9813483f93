package org.lessonsportal.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lessonsportal.testsupport.SettingsContext;

/** {@code lessons.review.notifications.*}: the defaults, and a bad value stops start-up with the setting's name. */
class NotificationSettingsTest {

    private final SettingsContext<NotificationSettings> settings =
            SettingsContext.of(NotificationConfiguration.class, NotificationSettings.class);

    @Test
    void theLocalPortalUnlessSet() {
        NotificationSettings defaults = settings.bind();
        assertThat(defaults.baseUrl()).isEqualTo("http://localhost:8080");
        assertThat(defaults.mailFrom()).isEqualTo("lessons-portal@localhost");
    }

    @Test
    void anAddressWithoutItsSchemeStopsStartUpNamingTheSetting() {
        assertThat(settings.failure("lessons.review.notifications.base-url=lessons.example.nhs.uk"))
                .contains("lessons.review.notifications.base-url", "starting with https://");
    }

    @Test
    void aSenderThatIsNotAnAddressStopsStartUpNamingTheSetting() {
        assertThat(settings.failure("lessons.review.notifications.mail-from=the portal"))
                .contains("lessons.review.notifications.mail-from", "must be an e-mail address");
    }
}
