package org.lessonsportal.domain.organisation;

import java.util.Locale;
import org.lessonsportal.domain.taxonomy.Region;
import org.lessonsportal.domain.taxonomy.Setting;

/**
 * An organisation as another system describes it (the identity provider, an import file).
 *
 * @param type             may be {@code null} when not known
 * @param region           may be {@code null} when not known
 * @param keycloakId       the identity provider's id of the organisation, or {@code null}
 * @param parentIcbOdsCode the ODS code of the integrated care board the organisation belongs to, or {@code null}
 *                         when not known
 */
public record OrganisationDetails(String odsCode, String name, Setting type, Region region, String keycloakId,
        String parentIcbOdsCode) {

    public OrganisationDetails {
        if (odsCode == null || odsCode.isBlank()) {
            throw new IllegalArgumentException("An organisation needs an ODS code");
        }
        odsCode = odsCode.trim().toUpperCase(Locale.ROOT);
        name = name == null || name.isBlank() ? odsCode : name.trim();
        parentIcbOdsCode = Organisation.odsCodeOrNull(parentIcbOdsCode);
    }

    /** Without a parent ICB (not known). */
    public OrganisationDetails(String odsCode, String name, Setting type, Region region, String keycloakId) {
        this(odsCode, name, type, region, keycloakId, null);
    }
}
