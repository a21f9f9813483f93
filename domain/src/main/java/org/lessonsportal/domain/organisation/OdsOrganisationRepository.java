package org.lessonsportal.domain.organisation;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OdsOrganisationRepository extends JpaRepository<OdsOrganisation, String> {

    /** Open organisations whose name or ODS code contains the pattern ({@code %TEXT%}, upper case), by name. */
    @Query("select o from OdsOrganisation o where o.closedOn is null and (upper(o.name) like :pattern "
            + "or upper(o.odsCode) like :pattern) order by o.name, o.odsCode")
    List<OdsOrganisation> findOpenMatching(@Param("pattern") String pattern, Pageable page);
}
