package org.lessonsportal.domain.reuse;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LessonReuseRepository extends JpaRepository<LessonReuse, Long> {

    Optional<LessonReuse> findByLessonIdAndOrganisationId(Long lessonId, Long organisationId);

    List<LessonReuse> findByLessonIdOrderByUpdatedAtDescIdDesc(Long lessonId);

    /** The organisation's reuses it was asked about and has not answered, oldest question first. */
    @Query("select r from LessonReuse r where r.organisationId = :organisationId and r.followUpAskedAt is not null"
            + " and r.outcome is null order by r.followUpAskedAt, r.id")
    List<LessonReuse> findAwaitingOutcome(@Param("organisationId") Long organisationId);

    List<LessonReuse> findByOrganisationIdOrderByUpdatedAtDescIdDesc(Long organisationId);

    /** How many organisations reuse each of these lessons (lessons nobody reuses are left out). */
    @Query("select r.lessonId, count(r) from LessonReuse r where r.lessonId in :lessonIds group by r.lessonId")
    List<Object[]> countByLessonIds(@Param("lessonIds") Collection<Long> lessonIds);
}
