package org.lessonsportal.domain.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MemberRepository extends JpaRepository<Member, Long> {

    Optional<Member> findBySubject(String subject);

    Optional<Member> findByUsername(String username);

    List<Member> findByOrganisationIdOrderByNameAsc(Long organisationId);

    List<Member> findAllByOrderByNameAsc();

    /** Members holding the role, in one query with their roles, expertise and memberships. */
    @Query("""
            select distinct m from Member m join fetch m.roles left join fetch m.expertise
            left join fetch m.organisationIds
            where m.id in (select holder.id from Member holder join holder.roles r where r = :role)
            """)
    List<Member> findWithRole(@Param("role") String role);
}
