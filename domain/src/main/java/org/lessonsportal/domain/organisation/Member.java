package org.lessonsportal.domain.organisation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.lessonsportal.domain.shared.VersionedRow;
import org.lessonsportal.domain.taxonomy.ProjectType;

/**
 * A person mirrored from the identity provider (Keycloak): created at their first sign-in, or before it by the
 * directory sync (docs/adr/0048), in which case they have no sign-in yet. Refers to its organisations by id:
 * every organisation the identity provider says they belong to ({@link #getOrganisationIds}, checked for conflicts of
 * interest) and the one they last acted for ({@link #getOrganisationId}).
 */
@Entity
@Table(name = "member")
public class Member extends VersionedRow {

    /** The identity provider's stable subject ({@code sub}). */
    private String subject;

    private String username;

    @Column(name = "display_name")
    private String name;

    private String email;

    /** The organisation they last acted for. */
    private Long organisationId;

    /** Every organisation they belong to, as of their last sign-in (the one they act for included). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "member_organisation", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "organisation_id")
    private Set<Long> organisationIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "member_role", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "role_name")
    private Set<String> roles = new HashSet<>();

    /** Project types this member is willing to review. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "member_expertise", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "project_type")
    @Enumerated(EnumType.STRING)
    private Set<ProjectType> expertise = new HashSet<>();

    /** {@code null} until they first sign in (someone the directory sync brought in). */
    private Instant firstSignInAt;

    private Instant lastSignInAt;

    /** When the directory sync last changed them; {@code null} if it never has. */
    private Instant syncedAt;

    protected Member() {
    }

    Member(String subject, String username, String name, Instant now) {
        this.subject = subject;
        this.username = username;
        this.name = name;
        this.firstSignInAt = now;
        this.lastSignInAt = now;
    }

    /** Someone the directory lists who has not signed in yet. */
    static Member fromDirectory(String subject, String username, String name, Instant now) {
        Member member = new Member(subject, username, name, now);
        member.firstSignInAt = null;
        member.lastSignInAt = null;
        member.syncedAt = now;
        return member;
    }

    void signedIn(String username, String name, String email, Long organisationId, Collection<Long> organisationIds,
            Collection<String> roles, Instant now) {
        this.username = username;
        this.name = name;
        this.email = email;
        this.organisationId = organisationId;
        Set<Long> memberships = new HashSet<>(organisationIds);
        if (organisationId != null) {
            memberships.add(organisationId);
        }
        if (!this.organisationIds.equals(memberships)) {
            this.organisationIds.clear();
            this.organisationIds.addAll(memberships);
        }
        if (!Objects.equals(this.roles, Set.copyOf(roles))) {
            this.roles.clear();
            this.roles.addAll(roles);
        }
        if (this.firstSignInAt == null) {
            this.firstSignInAt = now;
        }
        this.lastSignInAt = now;
    }

    /**
     * What the directory sync read at {@code readAt}. Someone who never signed in takes all of it. For someone who
     * has, their sign-in keeps name, username and e-mail (what their tokens say, as they see themselves), and
     * memberships and roles change only when the directory was read after their last sign-in (the newer of the two
     * wins). The organisation they act for is kept while they still belong to it. {@link #getSyncedAt} moves only
     * when something changed, so an unchanged member is not written (nor locked) by a sync.
     *
     * @param organisationIds every organisation the directory says they belong to, the one to act for by default
     *                        first
     */
    void synced(String username, String name, String email, List<Long> organisationIds, Collection<String> roles,
            Instant readAt, Instant now) {
        if (lastSignInAt != null && !lastSignInAt.isBefore(readAt)) {
            return;
        }
        boolean changed = syncedAt == null;
        if (lastSignInAt == null && !(Objects.equals(this.username, username) && Objects.equals(this.name, name)
                && Objects.equals(this.email, email))) {
            this.username = username;
            this.name = name;
            this.email = email;
            changed = true;
        }
        if (!this.organisationIds.equals(Set.copyOf(organisationIds))) {
            this.organisationIds.clear();
            this.organisationIds.addAll(organisationIds);
            changed = true;
        }
        if (organisationId == null ? !organisationIds.isEmpty() : !this.organisationIds.contains(organisationId)) {
            this.organisationId = organisationIds.isEmpty() ? null : organisationIds.get(0);
            changed = true;
        }
        if (!Objects.equals(this.roles, Set.copyOf(roles))) {
            this.roles.clear();
            this.roles.addAll(roles);
            changed = true;
        }
        if (changed) {
            this.syncedAt = now;
        }
    }

    /**
     * An administrator confirmed their request to join (docs/adr/0049): they belong to the organisation, and act for
     * it when they act for none yet. Their next sign-in brings the same from the identity provider.
     */
    void joined(Long organisationId) {
        organisationIds.add(organisationId);
        if (this.organisationId == null) {
            this.organisationId = organisationId;
        }
    }

    /** No longer in the directory and never signed in: nobody asks them for anything any more. */
    void leftDirectory() {
        this.organisationId = null;
        this.organisationIds.clear();
        this.roles.clear();
    }

    void replaceExpertise(Collection<ProjectType> projectTypes) {
        this.expertise.clear();
        this.expertise.addAll(projectTypes);
    }

    public String getSubject() {
        return subject;
    }

    public String getUsername() {
        return username;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    /** Every organisation they belong to; empty when none. */
    public Set<Long> getOrganisationIds() {
        return Set.copyOf(organisationIds);
    }

    /** Whether they belong to the organisation through any of their memberships. */
    public boolean belongsTo(Long organisationId) {
        return organisationId != null && organisationIds.contains(organisationId);
    }

    public Set<String> getRoles() {
        return Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public Set<ProjectType> getExpertise() {
        return expertise.isEmpty() ? Set.of() : EnumSet.copyOf(expertise);
    }

    public Instant getFirstSignInAt() {
        return firstSignInAt;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    public Instant getSyncedAt() {
        return syncedAt;
    }
}
