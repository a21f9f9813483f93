package org.lessonsportal.domain.organisation;

import org.lessonsportal.domain.taxonomy.Region;
import org.lessonsportal.domain.taxonomy.Setting;

/**
 * An organisation as {@link OrganisationService} hands it out: a copy, never the entity.
 *
 * @param type             {@code null} when not known
 * @param region           {@code null} when not known
 * @param parentIcbOdsCode the ODS code of the integrated care board it belongs to, or {@code null} when not known
 */
public record OrganisationView(Long id, String odsCode, String name, Setting type, Region region,
        String parentIcbOdsCode) {

    static OrganisationView of(Organisation organisation) {
        return new OrganisationView(organisation.getId(), organisation.getOdsCode(), organisation.getName(),
                organisation.getType(), organisation.getRegion(), organisation.getParentIcbOdsCode());
    }
}
