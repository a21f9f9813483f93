package org.lessonsportal.domain.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    Optional<Organisation> findByOdsCode(String odsCode);

    List<Organisation> findAllByOrderByNameAsc();

    List<Organisation> findByOdsCodeIn(Collection<String> odsCodes);
}
