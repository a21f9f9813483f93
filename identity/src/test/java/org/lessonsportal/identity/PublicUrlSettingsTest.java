package org.lessonsportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lessonsportal.testsupport.SettingsContext;

/** {@code lessons.portal.public-url}: unset or an http(s) address; anything else stops start-up with its name. */
class PublicUrlSettingsTest {

    private final SettingsContext<PublicUrlSettings> settings =
            SettingsContext.of(IdentityConfiguration.class, PublicUrlSettings.class);

    @Test
    void unsetOrAnAddressIsTaken() {
        assertThat(settings.bind().publicUrl()).isEmpty();
        assertThat(settings.bind("lessons.portal.public-url=").publicUrl()).isEmpty();
        assertThat(settings.bind("lessons.portal.public-url=https://lessons.example.nhs.uk/portal/").publicUrl())
                .isEqualTo("https://lessons.example.nhs.uk/portal/");
    }

    @Test
    void anAddressWithoutItsSchemeStopsStartUpNamingTheSetting() {
        assertThat(settings.failure("lessons.portal.public-url=lessons.example.nhs.uk"))
                .contains("lessons.portal.public-url", "starting with https://");
    }
}
