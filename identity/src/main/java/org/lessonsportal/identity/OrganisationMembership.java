package org.lessonsportal.identity;

import java.io.Serializable;

/**
 * One organisation a person belongs to, as the identity provider says.
 *
 * @param keycloakId the identity provider's id for the organisation ({@code null} when not sent)
 * @param alias      the identity provider's short name for the organisation
 * @param parentIcb  the ODS code of the integrated care board it belongs to ({@code null} when not sent)
 */
public record OrganisationMembership(String odsCode, String name, String orgType, String region, String keycloakId,
        String alias, String parentIcb) implements Serializable {

    /** "Northshire Hospitals NHS Foundation Trust (ZZ1)". */
    public String displayName() {
        return name + " (" + odsCode + ")";
    }
}
