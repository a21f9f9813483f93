package org.lessonsportal.identity;

import java.util.List;
import java.util.Set;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.Roles;

/**
 * The signed-in person as the portal sees them.
 *
 * @param memberId      the portal's own id for the person (just-in-time provisioned at sign-in)
 * @param organisationId the portal's own id for the organisation they act for now, or {@code null}
 * @param organisations every organisation they belong to (usually one)
 * @param active        the organisation they act for now, or {@code null} when they belong to none
 * @param roles         the portal roles they hold (see {@link Roles})
 */
public record CurrentUser(Long memberId, Long organisationId, String subject, String username, String name,
        String email, List<OrganisationMembership> organisations, OrganisationMembership active, Set<String> roles) {

    public CurrentUser {
        organisations = List.copyOf(organisations);
        roles = Set.copyOf(roles);
    }

    /** Who is acting, as the domain services want it. */
    public Actor actor() {
        return Actor.member(memberId, organisationId, roles);
    }

    public boolean hasOrganisation() {
        return active != null;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** "Contributor, Reviewer". */
    public String rolesInPlainWords() {
        return Roles.describe(roles);
    }
}
