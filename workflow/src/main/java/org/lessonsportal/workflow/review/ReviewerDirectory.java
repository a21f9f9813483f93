package org.lessonsportal.workflow.review;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.lessonsportal.domain.organisation.Member;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members holding a role, read in one query with their roles and expertise.
 * <p>
 * A stop-gap: {@code OrganisationService.members()} loads every member and then their role and expertise collections
 * one by one, which grows with everyone who ever signed in. This belongs in the domain as
 * {@code OrganisationService.membersWithRole(role)}; until it is there, this read-only query stands in for it.
 */
@Component
@Transactional(readOnly = true)
class ReviewerDirectory {

    @PersistenceContext
    private EntityManager entityManager;

    List<Member> withRole(String role) {
        return entityManager.createQuery("""
                select distinct m from Member m join fetch m.roles left join fetch m.expertise
                left join fetch m.organisationIds
                where m.id in (select holder.id from Member holder join holder.roles r where r = :role)
                """, Member.class).setParameter("role", role).getResultList();
    }
}
