package org.lessonsportal.domain.organisation;

import org.lessonsportal.domain.taxonomy.Region;
import org.lessonsportal.domain.taxonomy.Setting;

/**
 * An organisation as another system describes it (the identity provider, an import file).
 *
 * @param type   may be {@code null} when not known
 * @param region may be {@code null} when not known
 * @param keycloakId the identity provider's id of the organisation, or {@code null}
 */
public record OrganisationDetails(String odsCode, String name, Setting type, Region region, String keycloakId) {

    public OrganisationDetails {
        if (odsCode == null || odsCode.isBlank()) {
            throw new IllegalArgumentException("An organisation needs an ODS code");
        }
        odsCode = odsCode.trim().toUpperCase(java.util.Locale.ROOT);
        name = name == null || name.isBlank() ? odsCode : name.trim();
    }
}
