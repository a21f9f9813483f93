package org.lessonsportal.domain.pairing;

import java.util.List;
import java.util.Optional;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.springframework.data.jpa.repository.JpaRepository;

interface HelpOfferRepository extends JpaRepository<HelpOffer, Long> {

    Optional<HelpOffer> findByOrganisationIdAndProjectType(Long organisationId, ProjectType projectType);

    List<HelpOffer> findByOrganisationIdOrderByProjectTypeAsc(Long organisationId);

    List<HelpOffer> findByProjectType(ProjectType projectType);
}
