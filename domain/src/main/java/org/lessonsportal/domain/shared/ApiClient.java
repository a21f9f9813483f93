package org.lessonsportal.domain.shared;

import java.util.Objects;
import java.util.Set;

/**
 * A program calling the API with its own token (for example the demo realm's {@code lessons-api-demo} client), as
 * opposed to a person ({@link Actor}). The API builds it from the token it checked; services that do work for it
 * check its roles themselves, so a wrong security rule in front of them cannot give it more rights, and write its id
 * in the audit trail.
 *
 * @param clientId the identity provider's id of the client (the token's {@code azp})
 * @param roles    its realm roles, as in {@link Roles}
 */
public record ApiClient(String clientId, Set<String> roles) {

    public ApiClient {
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException("An API client needs its client id");
        }
        Objects.requireNonNull(roles, "roles");
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
