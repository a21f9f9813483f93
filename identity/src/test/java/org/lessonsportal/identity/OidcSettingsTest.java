package org.lessonsportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lessonsportal.testsupport.StartUpFailures;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** {@code lessons.oidc.*}: the local realm unless set, and a bad value stops start-up with the setting's name. */
class OidcSettingsTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(OidcSettings.class)
    static class Settings {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Settings.class);

    @Test
    void theLocalRealmUnlessSet() {
        runner.run(context -> assertThat(context.getBean(OidcSettings.class).issuer())
                .isEqualTo("http://127.0.0.1:8180/realms/lessons"));
        runner.withPropertyValues("lessons.oidc.issuer=https://id.example.nhs.uk/realms/lessons/").run(context ->
                assertThat(context.getBean(OidcSettings.class).issuer())
                        .isEqualTo("https://id.example.nhs.uk/realms/lessons"));
    }

    @Test
    void anIssuerWithoutItsSchemeStopsStartUpNamingTheSetting() {
        runner.withPropertyValues("lessons.oidc.issuer=id.example.nhs.uk/realms/lessons").run(context -> assertThat(
                StartUpFailures.message(context.getStartupFailure())).contains("lessons.oidc.issuer",
                        "starting with https://"));
    }

    @Test
    void aTimeoutOfNothingStopsStartUpNamingTheSetting() {
        runner.withPropertyValues("lessons.oidc.availability-timeout=0s").run(context -> assertThat(
                StartUpFailures.message(context.getStartupFailure())).contains("lessons.oidc.availability-timeout"));
    }
}
