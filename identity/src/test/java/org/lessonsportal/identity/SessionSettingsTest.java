package org.lessonsportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.lessonsportal.testsupport.SettingsContext;

/** {@code lessons.session.*}: the defaults, and a bad value stops start-up with the setting's name. */
class SessionSettingsTest {

    private final SettingsContext<SessionSettings> settings =
            SettingsContext.of(IdentityConfiguration.class, SessionSettings.class);

    @Test
    void thirtyMinutesIdleAndThreeMinutesBetweenRoleRefreshesUnlessSet() {
        SessionSettings defaults = settings.bind();
        assertThat(defaults.idleTimeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(defaults.roleRefresh()).isEqualTo(Duration.ofMinutes(3));
        assertThat(settings.bind("lessons.session.idle-timeout=2s").idleTimeout()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void anIdleTimeoutOfNothingStopsStartUpNamingTheSetting() {
        assertThat(settings.failure("lessons.session.idle-timeout=0s")).contains("lessons.session.idle-timeout",
                "must be at least one second");
    }

    @Test
    void aNegativeRoleRefreshStopsStartUpNamingTheSetting() {
        assertThat(settings.failure("lessons.session.role-refresh=-3m")).contains("lessons.session.role-refresh");
    }
}
