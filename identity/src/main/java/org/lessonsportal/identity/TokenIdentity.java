package org.lessonsportal.identity;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a token's claims say about a person, before the portal adds its own record.
 *
 * @param actingOdsCode the ODS code of the organisation the identity provider says the person acts for in this
 *                      sign-in (claim {@code acting_ods_code}: with NHS CIS2, the organisation of the role chosen at
 *                      sign-in), or {@code null}
 */
record TokenIdentity(String subject, String username, String name, String email,
        List<OrganisationMembership> organisations, Set<String> roles, String actingOdsCode) implements Serializable {

    TokenIdentity(String subject, String username, String name, String email,
            List<OrganisationMembership> organisations, Set<String> roles) {
        this(subject, username, name, email, organisations, roles, null);
    }

    /**
     * The organisation the person acts for when the sign-in starts: the one the identity provider names, if they
     * belong to it, else the first in ODS-code order; {@code null} when they belong to none.
     */
    OrganisationMembership acting() {
        return named().orElse(organisations.isEmpty() ? null : organisations.get(0));
    }

    /** The ODS code the identity provider names when the person belongs to no organisation with it, else empty. */
    Optional<String> unknownActingOdsCode() {
        return actingOdsCode == null || named().isPresent() ? Optional.empty() : Optional.of(actingOdsCode);
    }

    private Optional<OrganisationMembership> named() {
        return actingOdsCode == null ? Optional.empty()
                : organisations.stream().filter(o -> o.odsCode().equalsIgnoreCase(actingOdsCode)).findFirst();
    }
}
