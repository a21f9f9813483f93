package org.lessonsportal.domain.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import org.lessonsportal.domain.taxonomy.Region;
import org.lessonsportal.domain.taxonomy.Setting;

/**
 * How an NHS organisation is described: its name, type, region and parent integrated care board, in the same columns
 * for the portal's organisations ({@link Organisation}) and for the ODS reference data ({@link OdsOrganisation}),
 * whose description wins where ODS lists the code ({@link OrganisationService#kept}).
 */
@MappedSuperclass
public abstract class OrganisationDescription {

    String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "org_type")
    Setting type;

    @Enumerated(EnumType.STRING)
    Region region;

    String parentIcbOdsCode;

    public String getName() {
        return name;
    }

    public Setting getType() {
        return type;
    }

    public Region getRegion() {
        return region;
    }

    public String getParentIcbOdsCode() {
        return parentIcbOdsCode;
    }
}
