package org.lessonsportal.domain.shared;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who is asking the domain to do something: a signed-in member (by id, with their organisations and portal roles),
 * or the portal itself ({@link #SYSTEM}) when the workflow engine or a command-line import acts on its own.
 * <p>
 * A person may belong to several organisations (the identity provider says which). They act for one of them at a
 * time ({@link #organisationId}): a lesson they start is that organisation's, and they see that organisation's
 * drafts ({@link #actsFor}). Conflicts of interest look at every organisation they belong to ({@link #belongsTo}),
 * so a reviewer is never kept out of their own organisation's lesson just by acting for another one (ADR 0040).
 * <p>
 * Callers build it from what they already know (the UI from the signed-in session, the workflow from ids it carries,
 * or {@code OrganisationService.actor(memberId)}); the domain never reads the security context to find it.
 *
 * @param memberId        the member's id; {@code null} only for {@link #SYSTEM}
 * @param organisationId  the organisation the member acts for now, or {@code null} when they belong to none
 * @param organisationIds every organisation the member belongs to, the one they act for included
 * @param roles           the member's portal roles, as in {@link Roles}
 */
public record Actor(Long memberId, Long organisationId, Set<Long> organisationIds, Set<String> roles) {

    /** Marks the portal itself; never a role a person can hold. */
    static final String SYSTEM_MARKER = "lessons-portal:system";

    /** The portal acting on its own: the review workflow's automatic steps and command-line imports. */
    public static final Actor SYSTEM = new Actor(null, null, Set.of(), Set.of(SYSTEM_MARKER));

    public Actor {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        Set<Long> all = new HashSet<>();
        if (organisationIds != null) {
            organisationIds.stream().filter(Objects::nonNull).forEach(all::add);
        }
        if (organisationId != null) {
            all.add(organisationId);
        }
        organisationIds = Set.copyOf(all);
        if (memberId == null && !roles.equals(Set.of(SYSTEM_MARKER))) {
            throw new IllegalArgumentException("An actor is either a signed-in member (with an id) or Actor.SYSTEM");
        }
        if (memberId != null && roles.contains(SYSTEM_MARKER)) {
            throw new IllegalArgumentException("A member cannot act as the system");
        }
    }

    /** A signed-in member of one organisation (or none). */
    public static Actor member(Long memberId, Long organisationId, Set<String> roles) {
        return member(memberId, organisationId, Set.of(), roles);
    }

    /**
     * A signed-in member acting for {@code organisationId} who belongs to all of {@code organisationIds} (the one
     * they act for is added when missing).
     */
    public static Actor member(Long memberId, Long organisationId, Set<Long> organisationIds, Set<String> roles) {
        return new Actor(Objects.requireNonNull(memberId, "memberId"), organisationId, organisationIds, roles);
    }

    public boolean isSystem() {
        return memberId == null;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Whether the member belongs to the organisation, whichever one they act for now: for conflicts of interest. */
    public boolean belongsTo(Long organisationId) {
        return organisationId != null && organisationIds.contains(organisationId);
    }

    /** Whether the member acts for the organisation now: for writing its lessons and seeing its drafts. */
    public boolean actsFor(Long organisationId) {
        return this.organisationId != null && this.organisationId.equals(organisationId);
    }

    public boolean is(Long memberId) {
        return this.memberId != null && this.memberId.equals(memberId);
    }
}
