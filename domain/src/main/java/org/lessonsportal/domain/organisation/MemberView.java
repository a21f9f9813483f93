package org.lessonsportal.domain.organisation;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.lessonsportal.domain.taxonomy.ProjectType;

/**
 * A member as {@link OrganisationService} hands them out: a copy, never the entity.
 *
 * @param subject         the identity provider's stable subject ({@code sub})
 * @param email           {@code null} when the identity provider gave none
 * @param organisationId  the organisation they last acted for, or {@code null}
 * @param organisationIds every organisation they belong to, as of their last sign-in (the one they act for included)
 * @param expertise       the project types they are willing to review
 * @param lastSignInAt    {@code null} when they have not signed in yet (the directory sync brought them in)
 */
public record MemberView(Long id, String subject, String username, String name, String email, Long organisationId,
        Set<Long> organisationIds, Set<String> roles, Set<ProjectType> expertise, Instant lastSignInAt) {

    public MemberView {
        organisationIds = Set.copyOf(organisationIds);
        roles = Set.copyOf(roles);
        // In the taxonomy's order, as the entity gives it.
        expertise = expertise.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(expertise));
    }

    static MemberView of(Member member) {
        return new MemberView(member.getId(), member.getSubject(), member.getUsername(), member.getName(),
                member.getEmail(), member.getOrganisationId(), member.getOrganisationIds(), member.getRoles(),
                member.getExpertise(), member.getLastSignInAt());
    }

    /** Whether they belong to the organisation (any of theirs, not only the one they act for). */
    public boolean belongsTo(Long organisationId) {
        return organisationId != null && organisationIds.contains(organisationId);
    }

    /** Whether they have signed in at least once (else the portal knows them from the directory sync only). */
    public boolean hasSignedIn() {
        return lastSignInAt != null;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
