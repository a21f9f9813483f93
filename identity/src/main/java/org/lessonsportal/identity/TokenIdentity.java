package org.lessonsportal.identity;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/** What a token's claims say about a person, before the portal adds its own record. */
record TokenIdentity(String subject, String username, String name, String email,
        List<OrganisationMembership> organisations, Set<String> roles) implements Serializable {
}
