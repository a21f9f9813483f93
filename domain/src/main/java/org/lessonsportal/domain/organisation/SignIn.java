package org.lessonsportal.domain.organisation;

import java.util.Objects;
import java.util.Set;

/**
 * What the identity provider told us about a person as they signed in.
 *
 * @param organisation the organisation they act for in this session, or {@code null} when they belong to none
 */
public record SignIn(String subject, String username, String name, String email, OrganisationDetails organisation,
        Set<String> roles) {

    public SignIn {
        Objects.requireNonNull(subject, "subject");
        username = username == null || username.isBlank() ? subject : username;
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
