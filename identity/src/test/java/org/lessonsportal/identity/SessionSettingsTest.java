package org.lessonsportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.lessonsportal.testsupport.StartUpFailures;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** {@code lessons.session.*}: the defaults, and a bad value stops start-up with the setting's name. */
class SessionSettingsTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SessionSettings.class)
    static class Settings {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Settings.class);

    @Test
    void thirtyMinutesIdleAndThreeMinutesBetweenRoleRefreshesUnlessSet() {
        runner.run(context -> {
            SessionSettings settings = context.getBean(SessionSettings.class);
            assertThat(settings.idleTimeout()).isEqualTo(Duration.ofMinutes(30));
            assertThat(settings.roleRefresh()).isEqualTo(Duration.ofMinutes(3));
        });
        runner.withPropertyValues("lessons.session.idle-timeout=2s").run(context -> assertThat(
                context.getBean(SessionSettings.class).idleTimeout()).isEqualTo(Duration.ofSeconds(2)));
    }

    @Test
    void anIdleTimeoutOfNothingStopsStartUpNamingTheSetting() {
        runner.withPropertyValues("lessons.session.idle-timeout=0s").run(context -> assertThat(
                StartUpFailures.message(context.getStartupFailure())).contains("lessons.session.idle-timeout",
                        "must be at least one second"));
    }

    @Test
    void aNegativeRoleRefreshStopsStartUpNamingTheSetting() {
        runner.withPropertyValues("lessons.session.role-refresh=-3m").run(context -> assertThat(
                StartUpFailures.message(context.getStartupFailure())).contains("lessons.session.role-refresh"));
    }
}
