package org.lessonsportal.keycloak.cis2;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.models.IdentityProviderMapperModel;

/** The mapper's settings as an administrator may leave them in the realm. */
class Cis2OrganisationMapperTest {

    private static IdentityProviderMapperModel mapper(String requiredAcr) {
        IdentityProviderMapperModel model = new IdentityProviderMapperModel();
        model.setName("CIS2 roles to organisations");
        Map<String, String> config = new HashMap<>();
        if (requiredAcr != null) {
            config.put(Cis2OrganisationMapper.REQUIRED_ACR, requiredAcr);
        }
        model.setConfig(config);
        return model;
    }

    @Test
    void withoutASettingSmartcardAssuranceIsRequired() {
        assertThat(Cis2OrganisationMapper.requiredAcr(mapper(null))).isEqualTo("AAL3_ANY");
        assertThat(Cis2OrganisationMapper.requiredAcr(mapper("  "))).isEqualTo("AAL3_ANY");
    }

    @Test
    void aLowerLevelMayBeConfigured() {
        assertThat(Cis2OrganisationMapper.requiredAcr(mapper(" AAL2_OR_AAL3_ANY "))).isEqualTo("AAL2_OR_AAL3_ANY");
    }

    @Test
    void aSettingThatIsNoAssuranceLevelRequiresTheStrictest() {
        assertThat(Cis2OrganisationMapper.requiredAcr(mapper("low"))).isEqualTo("AAL3_ANY");
    }

    @Test
    void theMapperIsOfferedForOidcBrokersWithItsTwoSettings() {
        Cis2OrganisationMapper mapper = new Cis2OrganisationMapper();

        assertThat(mapper.getId()).isEqualTo("lessons-cis2-organisations");
        assertThat(mapper.getCompatibleProviders()).containsExactly("oidc");
        assertThat(mapper.getConfigProperties()).extracting(p -> p.getName() + "=" + p.getDefaultValue())
                .containsExactly("required-acr=AAL3_ANY", "new-user-roles=contributor");
    }
}
