package org.lessonsportal.domain.lesson;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SubmissionRoundRepository extends JpaRepository<SubmissionRound, Long> {

    List<SubmissionRound> findByLessonIdOrderByRoundAsc(Long lessonId);

    Optional<SubmissionRound> findByLessonIdAndRound(Long lessonId, int round);
}
