package org.lessonsportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lessonsportal.testsupport.SettingsContext;

/** {@code lessons.oidc.*}: the local realm unless set, and a bad value stops start-up with the setting's name. */
class OidcSettingsTest {

    private final SettingsContext<OidcSettings> settings =
            SettingsContext.of(IdentityConfiguration.class, OidcSettings.class);

    @Test
    void theLocalRealmUnlessSet() {
        assertThat(settings.bind().issuer()).isEqualTo("http://127.0.0.1:8180/realms/lessons");
        assertThat(settings.bind("lessons.oidc.issuer=https://id.example.nhs.uk/realms/lessons/").issuer())
                .isEqualTo("https://id.example.nhs.uk/realms/lessons");
    }

    @Test
    void anIssuerWithoutItsSchemeStopsStartUpNamingTheSetting() {
        assertThat(settings.failure("lessons.oidc.issuer=id.example.nhs.uk/realms/lessons"))
                .contains("lessons.oidc.issuer", "starting with https://");
    }

    @Test
    void aTimeoutOfNothingStopsStartUpNamingTheSetting() {
        assertThat(settings.failure("lessons.oidc.availability-timeout=0s"))
                .contains("lessons.oidc.availability-timeout");
    }
}
