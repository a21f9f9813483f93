package org.lessonsportal.domain.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    Optional<Organisation> findByOdsCode(String odsCode);

    List<Organisation> findAllByOrderByNameAsc();

    List<Organisation> findByOdsCodeIn(Collection<String> odsCodes);

    /** Organisations whose name or ODS code contains the pattern ({@code %TEXT%}, upper case), by name. */
    @Query("select o from Organisation o where upper(o.name) like :pattern or upper(o.odsCode) like :pattern "
            + "order by o.name, o.odsCode")
    List<Organisation> findMatching(@Param("pattern") String pattern, Pageable page);

    /** Organisations with this ODS code, or whose parent ICB's code contains the text (upper case). */
    @Query("select o from Organisation o where o.odsCode = :code "
            + "or upper(o.parentIcbOdsCode) like concat('%', :text, '%')")
    List<Organisation> findNamingIcb(@Param("code") String code, @Param("text") String text);
}
