package org.lessonsportal.domain.pairing;

import java.util.Collection;
import java.util.List;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PairingRepository extends JpaRepository<Pairing, Long> {

    /** The organisation's pairings and requests in these states, on either side, newest first. */
    @Query("select p from Pairing p where (p.offeringOrganisationId = :organisationId "
            + "or p.askingOrganisationId = :organisationId) and p.state in :states order by p.askedAt desc, p.id desc")
    List<Pairing> findOfOrganisation(@Param("organisationId") Long organisationId,
            @Param("states") Collection<PairingState> states);

    List<Pairing> findByOfferingOrganisationIdAndAskingOrganisationIdAndProjectTypeAndStateIn(
            Long offeringOrganisationId, Long askingOrganisationId, ProjectType projectType,
            Collection<PairingState> states);

    List<Pairing> findAllByOrderByAskedAtDescIdDesc(Pageable page);
}
