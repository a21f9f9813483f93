package org.lessonsportal.identity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.Roles;

/**
 * The signed-in person as the portal sees them.
 *
 * @param memberId      the portal's own id for the person (just-in-time provisioned at sign-in)
 * @param organisationId the portal's own id for the organisation they act for now, or {@code null}
 * @param organisationIds the portal's own ids for every organisation they belong to (the one they act for included):
 *                      conflicts of interest are checked against all of them
 * @param organisations every organisation they belong to (usually one)
 * @param active        the organisation they act for now, or {@code null} when they belong to none
 * @param roles         the portal roles they hold (see {@link Roles})
 */
public record CurrentUser(Long memberId, Long organisationId, Set<Long> organisationIds, String subject,
        String username, String name, String email, List<OrganisationMembership> organisations,
        OrganisationMembership active, Set<String> roles) {

    public CurrentUser {
        Set<Long> all = new HashSet<>(organisationIds == null ? Set.of() : organisationIds);
        if (organisationId != null) {
            all.add(organisationId);
        }
        organisationIds = Set.copyOf(all);
        organisations = List.copyOf(organisations);
        roles = Set.copyOf(roles);
    }

    /** Someone who belongs to the one organisation they act for, or to none. */
    public CurrentUser(Long memberId, Long organisationId, String subject, String username, String name,
            String email, List<OrganisationMembership> organisations, OrganisationMembership active,
            Set<String> roles) {
        this(memberId, organisationId, Set.of(), subject, username, name, email, organisations, active, roles);
    }

    /** Who is acting, as the domain services want it: for the organisation chosen now, a member of all of them. */
    public Actor actor() {
        return Actor.member(memberId, organisationId, organisationIds, roles);
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
