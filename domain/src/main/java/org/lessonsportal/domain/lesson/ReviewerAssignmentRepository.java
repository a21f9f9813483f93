package org.lessonsportal.domain.lesson;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ReviewerAssignmentRepository extends JpaRepository<ReviewerAssignment, Long> {

    @Query("select a from ReviewerAssignment a where a.lessonId = :lessonId order by a.round, a.assignedAt, a.id")
    List<ReviewerAssignment> findForLesson(Long lessonId);

    @Query("select distinct a.lessonId from ReviewerAssignment a where a.memberId = :memberId "
            + "and a.releasedAt is null")
    List<Long> findLessonIdsAssignedTo(Long memberId);

    /**
     * Records the first time an active reviewer opened the round, as one conditional update: it never writes over a
     * release made at the same moment (the author taking the lesson back). Returns how many rows it changed.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update ReviewerAssignment a set a.openedAt = :now where a.lessonId = :lessonId and a.round = :round "
            + "and a.memberId = :memberId and a.openedAt is null and a.releasedAt is null")
    int markOpened(Long lessonId, int round, Long memberId, Instant now);
}
