package org.lessonsportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lessonsportal.testsupport.StartUpFailures;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** {@code lessons.portal.public-url}: unset or an http(s) address; anything else stops start-up with its name. */
class PublicUrlSettingsTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(PublicUrlSettings.class)
    static class Settings {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Settings.class);

    @Test
    void unsetOrAnAddressIsTaken() {
        runner.run(context -> assertThat(context.getBean(PublicUrlSettings.class).publicUrl()).isEmpty());
        runner.withPropertyValues("lessons.portal.public-url=").run(context -> assertThat(
                context.getBean(PublicUrlSettings.class).publicUrl()).isEmpty());
        runner.withPropertyValues("lessons.portal.public-url=https://lessons.example.nhs.uk/portal/").run(context ->
                assertThat(context.getBean(PublicUrlSettings.class).publicUrl())
                        .isEqualTo("https://lessons.example.nhs.uk/portal/"));
    }

    @Test
    void anAddressWithoutItsSchemeStopsStartUpNamingTheSetting() {
        runner.withPropertyValues("lessons.portal.public-url=lessons.example.nhs.uk").run(context -> assertThat(
                StartUpFailures.message(context.getStartupFailure())).contains("lessons.portal.public-url",
                        "starting with https://"));
    }
}
