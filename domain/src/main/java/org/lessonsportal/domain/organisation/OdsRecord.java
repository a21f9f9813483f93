package org.lessonsportal.domain.organisation;

import java.time.LocalDate;
import org.lessonsportal.domain.taxonomy.Region;
import org.lessonsportal.domain.taxonomy.Setting;

/**
 * An organisation as the NHS Organisation Data Service (ODS) publishes it: what one row of an ODS file says, and what
 * {@link OdsReferenceService#lookUp} hands out once it is imported.
 *
 * @param type                the portal's organisation type, or {@code null} when the file does not say (a trust
 *                            whose name does not name its care setting)
 * @param region              the NHS England region, or {@code null} when the file gives none the portal knows
 * @param postcode            {@code null} when the file gives none
 * @param parentIcbOdsCode    the integrated care board it belongs to, or {@code null} (an ICB itself, or not given)
 * @param commissionerOdsCode a GP practice's commissioner (its sub-ICB location), else {@code null}
 * @param closedOn            the date ODS gives it as closed, or {@code null} while open
 */
public record OdsRecord(String odsCode, String name, OdsKind kind, Setting type, Region region, String postcode,
        String parentIcbOdsCode, String commissionerOdsCode, LocalDate closedOn) {

    static OdsRecord of(OdsOrganisation row) {
        return new OdsRecord(row.getOdsCode(), row.getName(), row.getKind(), row.getType(), row.getRegion(),
                row.getPostcode(), row.getParentIcbOdsCode(), row.getCommissionerOdsCode(), row.getClosedOn());
    }

    /**
     * What the portal keeps for an organisation with this code: ODS's name, and its type, region and parent ICB where
     * ODS gives them; where it does not, what {@code others} (the sign-in token) says. The identity provider's id is
     * always the token's.
     */
    OrganisationDetails over(OrganisationDetails others) {
        return new OrganisationDetails(odsCode, name, type != null ? type : others.type(),
                region != null ? region : others.region(), others.keycloakId(),
                parentIcbOdsCode != null ? parentIcbOdsCode : others.parentIcbOdsCode());
    }

    /** What the portal keeps for an organisation only ODS describes (nobody has signed in from it yet). */
    public OrganisationDetails details() {
        return new OrganisationDetails(odsCode, name, type, region, null, parentIcbOdsCode);
    }
}
