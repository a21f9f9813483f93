package org.lessonsportal.domain.organisation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.NotFoundException;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Organisations and their members: the organisation feature's only door. It hands out records
 * ({@link OrganisationView}, {@link MemberView}), never the entities.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final MemberRepository members;
    private final OrganisationDirectory directory;
    private final OdsOrganisationRepository odsReference;
    private final DisplayNames names;
    private final Clock clock;
    private volatile Instant lastDirectoryRead;

    /**
     * Creates the organisation, or brings an existing one (same ODS code) up to date. Used at sign-in and by import.
     * Where the ODS reference data knows the code, its name, type, region and parent ICB win ({@link #kept}).
     */
    @Transactional
    public OrganisationView provision(OrganisationDetails details) {
        return OrganisationView.of(provisioned(details));
    }

    /**
     * What the portal keeps for an organisation another system (the sign-in token, an import file) describes: when
     * an ODS import listed its code, ODS's name, and ODS's type, region and parent ICB wherever ODS gives them; the
     * description's values only where ODS says nothing, or for a code ODS does not know (ADR 0047).
     */
    public OrganisationDetails kept(OrganisationDetails described) {
        return odsReference.findById(described.odsCode()).map(OdsRecord::of).map(ods -> ods.over(described))
                .orElse(described);
    }

    /**
     * Creates (or brings up to date) the portal's organisation for an ODS code from the ODS reference data alone,
     * before anyone has signed in from it; empty when no ODS import listed the code. For a sync that creates the
     * organisation in the identity provider too.
     */
    @Transactional
    public Optional<OrganisationView> provisionFromOds(String odsCode) {
        String code = Organisation.odsCodeOrNull(odsCode);
        return code == null ? Optional.empty()
                : odsReference.findById(code).map(ods -> OrganisationView.of(provisioned(OdsRecord.of(ods).details())));
    }

    private Organisation provisioned(OrganisationDetails described) {
        OrganisationDetails details = kept(described);
        Organisation organisation = organisations.findByOdsCode(details.odsCode())
                .orElseGet(() -> organisations.save(new Organisation(details.odsCode(), details.name(), clock.instant())));
        organisation.update(details.name(), details.type(), details.region(), details.keycloakId(),
                details.parentIcbOdsCode(), clock.instant());
        names.organisationChanged(organisation.getId());
        return organisation;
    }

    /**
     * Just-in-time provisioning: the first sign-in creates the member (and their organisations); later sign-ins bring
     * name, e-mail, roles and every membership up to date with the identity provider.
     */
    @Transactional
    public MemberView recordSignIn(SignIn signIn) {
        Long organisationId = signIn.organisation() == null ? null : provisioned(signIn.organisation()).getId();
        Set<Long> organisationIds = new HashSet<>();
        for (OrganisationDetails membership : signIn.organisations()) {
            organisationIds.add(provisioned(membership).getId());
        }
        String name = signIn.name() == null || signIn.name().isBlank() ? signIn.username() : signIn.name();
        Member member = members.findBySubject(signIn.subject())
                .orElseGet(() -> members.save(new Member(signIn.subject(), signIn.username(), name, clock.instant())));
        member.signedIn(signIn.username(), name, signIn.email(), organisationId, organisationIds, signIn.roles(),
                clock.instant());
        names.memberChanged(member.getId());
        return MemberView.of(member);
    }

    /**
     * Brings the portal up to date with the identity provider's directory (the directory sync, docs/adr/0048): every
     * organisation is created or updated as at sign-in; every person is created when not known, so they can be asked
     * to review before they first sign in, or brought up to date by {@link Member#synced} (a sign-in newer than the
     * directory read keeps what it recorded). People who never signed in and are no longer listed, and accounts whose
     * username the directory now gives to another person, lose their roles and memberships. Call it only with the
     * whole directory: anyone left out counts as gone.
     *
     * @param organisations every organisation of the directory that has an ODS code
     * @param people        every member of those organisations
     * @param readAt        when the directory was read (its first request)
     */
    @Transactional
    public DirectorySyncResult syncDirectory(List<OrganisationDetails> organisations, List<DirectoryMember> people,
            Instant readAt) {
        Instant now = clock.instant();
        Map<String, Long> idsByOdsCode = new HashMap<>();
        for (OrganisationDetails details : organisations) {
            idsByOdsCode.put(details.odsCode(), provisioned(details).getId());
        }
        int known = 0;
        Set<String> seen = new HashSet<>();
        List<DirectoryMember> newcomers = new ArrayList<>();
        for (DirectoryMember person : people) {
            if (!seen.add(person.subject())) {
                continue;
            }
            List<Long> memberships = person.odsCodes().stream().sorted().map(idsByOdsCode::get)
                    .filter(Objects::nonNull).toList();
            Optional<Member> existing = members.findBySubject(person.subject());
            Member member = existing.orElseGet(() -> members.save(
                    Member.fromDirectory(person.subject(), person.username(), person.name(), now)));
            if (existing.isPresent()) {
                known++;
            } else {
                newcomers.add(person);
            }
            member.synced(person.username(), person.name(), person.email(), memberships, person.roles(), readAt,
                    now);
            names.memberChanged(member.getId());
        }
        // never signed in and no longer listed; or an account whose username the directory now gives another
        // person (the realm was re-created, or the account deleted and the name reused): it cannot sign in again
        Set<Member> gone = new LinkedHashSet<>();
        members.syncedNeverSignedInWithRoles().stream().filter(subject -> !seen.contains(subject))
                .forEach(subject -> members.findBySubject(subject).ifPresent(gone::add));
        for (DirectoryMember person : newcomers) {
            members.findAllByUsername(person.username()).stream()
                    .filter(m -> !seen.contains(m.getSubject())).forEach(gone::add);
        }
        gone.removeIf(m -> m.getRoles().isEmpty() && m.getOrganisationIds().isEmpty());
        gone.forEach(m -> {
            m.leftDirectory();
            names.memberChanged(m.getId());
        });
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    lastDirectoryRead = readAt;
                }
            });
        }
        return new DirectorySyncResult(idsByOdsCode.size(), newcomers.size(), known, gone.size());
    }

    /**
     * When this portal last read the whole directory, or (after a restart, until it reads it again) when the
     * directory last changed someone; empty when the directory sync has never run.
     */
    public Optional<Instant> lastDirectorySync() {
        Instant read = lastDirectoryRead;
        return read != null ? Optional.of(read) : Optional.ofNullable(members.lastSyncedAt());
    }

    public Optional<OrganisationView> findByOdsCode(String odsCode) {
        return odsCode == null ? Optional.empty()
                : organisations.findByOdsCode(odsCode.trim().toUpperCase()).map(OrganisationView::of);
    }

    public OrganisationView get(Long id) {
        return organisations.findById(id).map(OrganisationView::of)
                .orElseThrow(() -> new NotFoundException("We could not find that organisation."));
    }

    /**
     * The organisation's name as pages, tasks and e-mails show it, from the portal's one cache of names.
     *
     * @throws NotFoundException when there is no such organisation
     */
    public String organisationName(Long id) {
        return names.organisation(id).orElseThrow(() -> new NotFoundException("We could not find that organisation."));
    }

    public List<OrganisationView> organisations() {
        return organisations.findAllByOrderByNameAsc().stream().map(OrganisationView::of).toList();
    }

    public Optional<MemberView> findMemberBySubject(String subject) {
        return members.findBySubject(subject).map(MemberView::of);
    }

    public Optional<MemberView> findMemberByUsername(String username) {
        return members.findByUsername(username).map(MemberView::of);
    }

    public MemberView getMember(Long id) {
        return MemberView.of(member(id));
    }

    private Member member(Long id) {
        return members.findById(id).orElseThrow(() -> new NotFoundException("We could not find that person."));
    }

    /**
     * The member's name as pages, tasks and e-mails show it, from the portal's one cache of names.
     *
     * @throws NotFoundException when there is no such member
     */
    public String memberName(Long id) {
        return names.member(id).orElseThrow(() -> new NotFoundException("We could not find that person."));
    }

    /**
     * The member as an {@link Actor}, with the organisation they last acted for, every organisation they belong to
     * and their roles, as recorded at their last sign-in: how the review workflow, which carries only ids, acts on a
     * person's behalf.
     */
    public Actor actor(Long memberId) {
        Member member = member(memberId);
        return Actor.member(member.getId(), member.getOrganisationId(), member.getOrganisationIds(),
                member.getRoles());
    }

    public List<MemberView> members() {
        return members.findAllByOrderByNameAsc().stream().map(MemberView::of).toList();
    }

    public List<MemberView> membersOf(Long organisationId) {
        return members.findByOrganisationIdOrderByNameAsc(organisationId).stream().map(MemberView::of).toList();
    }

    /** Everyone who belongs to the organisation through any of their memberships, by name. */
    public List<MemberView> membersBelongingTo(Long organisationId) {
        return organisationId == null ? List.of()
                : members.findBelongingTo(organisationId).stream().map(MemberView::of).toList();
    }

    /** Everyone who holds the role, with their expertise (the review workflow's choice of reviewers). */
    public List<MemberView> membersWithRole(String role) {
        return members.findWithRole(role).stream().map(MemberView::of).toList();
    }

    /**
     * A page of organisations for administrators, ordered by name, with their board's name and member count.
     *
     * @param filter part of a name or an ODS code, in any case; {@code null} or blank for all
     */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<OrganisationOverview> findOrganisations(String filter, int offset, int limit) {
        return directory.organisations(filter, offset, limit);
    }

    /** How many organisations {@link #findOrganisations} finds with this filter. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public int countOrganisations(String filter) {
        return directory.countOrganisations(filter);
    }

    /**
     * A page of members for administrators, ordered by name, with their organisation.
     *
     * @param filter part of a name, a username, an organisation's name or ODS code; {@code null} or blank for all
     */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<MemberOverview> findMembers(String filter, int offset, int limit) {
        return directory.members(filter, offset, limit);
    }

    /** How many members {@link #findMembers} finds with this filter. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public int countMembers(String filter) {
        return directory.countMembers(filter);
    }

    /** Admins record which project types a reviewer is willing to review. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public MemberView updateExpertise(Long memberId, Collection<ProjectType> projectTypes) {
        Member member = member(memberId);
        member.replaceExpertise(projectTypes);
        return MemberView.of(member);
    }
}
