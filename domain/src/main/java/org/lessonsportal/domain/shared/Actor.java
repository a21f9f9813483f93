package org.lessonsportal.domain.shared;

import java.util.Objects;
import java.util.Set;

/**
 * Who is asking the domain to do something: a signed-in member (by id, with their organisation and portal roles), or
 * the portal itself ({@link #SYSTEM}) when the workflow engine or a command-line import acts on its own.
 * <p>
 * Callers build it from what they already know (the UI from the signed-in session, the workflow from ids it carries,
 * or {@code OrganisationService.actor(memberId)}); the domain never reads the security context to find it.
 *
 * @param memberId       the member's id; {@code null} only for {@link #SYSTEM}
 * @param organisationId the organisation the member acts for, or {@code null} when they belong to none
 * @param roles          the member's portal roles, as in {@link Roles}
 */
public record Actor(Long memberId, Long organisationId, Set<String> roles) {

    /** Marks the portal itself; never a role a person can hold. */
    static final String SYSTEM_MARKER = "lessons-portal:system";

    /** The portal acting on its own: the review workflow's automatic steps and command-line imports. */
    public static final Actor SYSTEM = new Actor(null, null, Set.of(SYSTEM_MARKER));

    public Actor {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        if (memberId == null && !roles.equals(Set.of(SYSTEM_MARKER))) {
            throw new IllegalArgumentException("An actor is either a signed-in member (with an id) or Actor.SYSTEM");
        }
        if (memberId != null && roles.contains(SYSTEM_MARKER)) {
            throw new IllegalArgumentException("A member cannot act as the system");
        }
    }

    /** A signed-in member. */
    public static Actor member(Long memberId, Long organisationId, Set<String> roles) {
        return new Actor(Objects.requireNonNull(memberId, "memberId"), organisationId, roles);
    }

    public boolean isSystem() {
        return memberId == null;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean belongsTo(Long organisationId) {
        return this.organisationId != null && this.organisationId.equals(organisationId);
    }

    public boolean is(Long memberId) {
        return this.memberId != null && this.memberId.equals(memberId);
    }
}
