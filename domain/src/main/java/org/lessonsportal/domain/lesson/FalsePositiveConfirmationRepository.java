package org.lessonsportal.domain.lesson;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FalsePositiveConfirmationRepository extends JpaRepository<FalsePositiveConfirmation, Long> {

    List<FalsePositiveConfirmation> findByLessonIdOrderByConfirmedAtAsc(Long lessonId);
}
