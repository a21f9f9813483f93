package org.lessonsportal.domain.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MemberRepository extends JpaRepository<Member, Long> {

    Optional<Member> findBySubject(String subject);

    Optional<Member> findByUsername(String username);

    List<Member> findByOrganisationIdOrderByNameAsc(Long organisationId);

    List<Member> findAllByOrderByNameAsc();
}
