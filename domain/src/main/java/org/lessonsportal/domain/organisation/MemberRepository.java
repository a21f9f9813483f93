package org.lessonsportal.domain.organisation;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MemberRepository extends JpaRepository<Member, Long> {

    Optional<Member> findBySubject(String subject);

    /** The member, locked until the transaction ends (their requests to join are changed one at a time). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from Member m where m.id = :id")
    Optional<Member> lockById(@Param("id") Long id);

    Optional<Member> findByUsername(String username);

    List<Member> findAllByUsername(String username);

    List<Member> findByOrganisationIdOrderByNameAsc(Long organisationId);

    List<Member> findAllByOrderByNameAsc();

    /** Everyone who belongs to the organisation through any membership, not only those acting for it. */
    @Query("select distinct m from Member m join m.organisationIds o where o = :organisationId order by m.name")
    List<Member> findBelongingTo(@Param("organisationId") Long organisationId);

    /** When the directory sync last changed anyone; {@code null} if it never did. */
    @Query("select max(m.syncedAt) from Member m")
    Instant lastSyncedAt();

    /** The subjects of people the directory sync brought in who never signed in and still hold a role or membership. */
    @Query("""
            select m.subject from Member m where m.lastSignInAt is null and m.syncedAt is not null
            and (m.organisationId is not null or exists (select r from Member x join x.roles r where x = m))
            """)
    List<String> syncedNeverSignedInWithRoles();

    /** Members holding the role, in one query with their roles, expertise and memberships. */
    @Query("""
            select distinct m from Member m join fetch m.roles left join fetch m.expertise
            left join fetch m.organisationIds
            where m.id in (select holder.id from Member holder join holder.roles r where r = :role)
            """)
    List<Member> findWithRole(@Param("role") String role);

    /**
     * Holders of the role who belong to an organisation, to none of {@code excludedOrganisations}, and are not in
     * {@code excludedMembers} (neither list may be empty), with whether their expertise includes the project type.
     */
    @Query("""
            select new org.lessonsportal.domain.organisation.ReviewerCandidate(m.id, m.name,
                case when exists (select e from Member x join x.expertise e where x = m and e = :projectType)
                then true else false end)
            from Member m
            where exists (select r from Member x join x.roles r where x = m and r = :role)
            and exists (select o from Member x join x.organisationIds o where x = m)
            and not exists (select o from Member x join x.organisationIds o
                where x = m and o in :excludedOrganisations)
            and m.id not in :excludedMembers
            """)
    List<ReviewerCandidate> findReviewerCandidates(@Param("role") String role,
            @Param("excludedMembers") Collection<Long> excludedMembers,
            @Param("excludedOrganisations") Collection<Long> excludedOrganisations,
            @Param("projectType") ProjectType projectType);

    /** These members, in one query with their roles, expertise and memberships. */
    @Query("""
            select distinct m from Member m left join fetch m.roles left join fetch m.expertise
            left join fetch m.organisationIds where m.id in :ids
            """)
    List<Member> findWithDetails(@Param("ids") Collection<Long> ids);
}
