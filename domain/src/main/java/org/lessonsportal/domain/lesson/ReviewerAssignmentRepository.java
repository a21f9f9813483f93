package org.lessonsportal.domain.lesson;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReviewerAssignmentRepository extends JpaRepository<ReviewerAssignment, Long> {

    @Query("select a from ReviewerAssignment a where a.lessonId = :lessonId order by a.round, a.assignedAt, a.id")
    List<ReviewerAssignment> findForLesson(Long lessonId);

    @Query("select distinct a.lessonId from ReviewerAssignment a where a.memberId = :memberId "
            + "and a.releasedAt is null")
    List<Long> findLessonIdsAssignedTo(Long memberId);
}
