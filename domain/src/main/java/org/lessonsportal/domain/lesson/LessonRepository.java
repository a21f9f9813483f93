package org.lessonsportal.domain.lesson;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LessonRepository extends JpaRepository<Lesson, Long> {

    Optional<Lesson> findByExternalId(String externalId);

    List<Lesson> findByAuthorIdOrderByUpdatedAtDesc(Long authorId);

    List<Lesson> findByOrganisationIdAndStateOrderByUpdatedAtDesc(Long organisationId, LessonState state);

    List<Lesson> findByStateOrderByUpdatedAtAsc(LessonState state);

    List<Lesson> findByStateOrderByPublishedOnDescIdDesc(LessonState state, Pageable page);

    List<Lesson> findByBuildsOnIdAndStateOrderByPublishedOnDescIdDesc(Long buildsOnId, LessonState state);

    /** Pairs of (project type, count) of the lessons in that state. */
    @Query("select l.projectType, count(l) from Lesson l where l.state = :state group by l.projectType")
    List<Object[]> countByProjectType(LessonState state);

    @Query("select l from Lesson l where l.state = :state and l.id > :after order by l.id")
    List<Lesson> findPage(LessonState state, Long after, Pageable page);

    @Query("select l from Lesson l where l.state = :state and l.id > :after and l.organisationId in :organisations "
            + "order by l.id")
    List<Lesson> findPage(LessonState state, Long after, Collection<Long> organisations, Pageable page);
}
