package org.lessonsportal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.organisation.DirectoryMember;
import org.lessonsportal.domain.organisation.OrganisationDetails;
import org.lessonsportal.domain.taxonomy.Region;
import org.lessonsportal.domain.taxonomy.Setting;
import org.lessonsportal.identity.KeycloakAdminClient.KeycloakOrganisation;
import org.lessonsportal.identity.KeycloakAdminClient.KeycloakUser;
import org.lessonsportal.testsupport.StartUpFailures;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** How the directory sync reads Keycloak's organisations and people, and where it finds the admin API. */
class DirectorySyncTest {

    @Test
    void anOrganisationIsReadWithTheAttributesTokensCarry() {
        OrganisationDetails details = DirectorySync.details(new KeycloakOrganisation("6f1c", "Northshire Hospitals",
                "zz1", Map.of("ods_code", "zz1", "org_type", "acute", "region", "north-west", "display_name",
                        "Northshire Hospitals NHS Foundation Trust", "parent_icb", "QZZ")));

        assertThat(details).isEqualTo(new OrganisationDetails("ZZ1", "Northshire Hospitals NHS Foundation Trust",
                Setting.ACUTE, Region.NORTH_WEST, "6f1c", "QZZ"));
        assertThat(DirectorySync.details(new KeycloakOrganisation("7a", "Oakfield", "zz3",
                Map.of("ods_code", "ZZ3"))).name()).as("no display_name: the organisation's name")
                .isEqualTo("Oakfield");
        assertThat(DirectorySync.details(new KeycloakOrganisation("8b", "No code", "nocode", Map.of()))).isNull();
    }

    @Test
    void aPersonIsNamedAsTheirTokenWouldNameThem() {
        DirectoryMember bob = DirectorySync.member(new KeycloakUser("b0b", "bob", "Bob", "Reviewer",
                "bob@example.nhs.uk", true), Set.of("ZZ2"), Set.of("contributor", "reviewer"));
        assertThat(bob).isEqualTo(new DirectoryMember("b0b", "bob", "Bob Reviewer", "bob@example.nhs.uk",
                Set.of("ZZ2"), Set.of("contributor", "reviewer")));
        assertThat(DirectorySync.member(new KeycloakUser("x", "xan", null, null, null, true), Set.of(), Set.of())
                .name()).as("no first or last name: the username").isEqualTo("xan");
    }

    @Test
    void theAdminApiIsFoundFromTheIssuerAndNeedsASecret() {
        KeycloakAdminClient client = client("https://id.example.nhs.uk/auth/realms/lessons", null);
        assertThat(client.adminBase()).isEqualTo("https://id.example.nhs.uk/auth/admin/realms/lessons");
        assertThat(client.isConfigured()).isFalse();
        assertThatThrownBy(() -> client.findOrganisation("ZZ1")).isInstanceOf(KeycloakAdminException.class)
                .hasMessageContaining("lessons.directory-sync.client-secret");
        assertThat(client("http://127.0.0.1:8180/realms/lessons", "secret").isConfigured()).isTrue();
    }

    @Test
    void theSettingsHaveDefaultsAndTheSyncIsOffWithoutASecret() {
        DirectorySyncSettings defaults = new DirectorySyncSettings(null, " ", null, null);
        assertThat(defaults.clientId()).isEqualTo("lessons-portal-directory");
        assertThat(defaults.enabled()).isFalse();
        assertThat(defaults.interval()).isEqualTo(Duration.ofHours(1));
        assertThat(defaults.timeout()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void anIntervalUnderAMinuteStopsStartUpNamingTheSetting() {
        new ApplicationContextRunner().withUserConfiguration(Settings.class)
                .withPropertyValues("lessons.directory-sync.interval=10s")
                .run(context -> assertThat(StartUpFailures.message(context.getStartupFailure()))
                        .contains("lessons.directory-sync.interval", "must be at least a minute"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(DirectorySyncSettings.class)
    static class Settings {
    }

    private static KeycloakAdminClient client(String issuer, String secret) {
        return new KeycloakAdminClient(new OidcSettings(issuer, null, null, List.of(), null, null),
                new DirectorySyncSettings(null, secret, null, null), Clock.systemUTC());
    }
}
