package org.lessonsportal.domain.lesson;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SubmissionRoundRepository extends JpaRepository<SubmissionRound, Long> {

    List<SubmissionRound> findByLessonIdOrderByNumberAsc(Long lessonId);

    Optional<SubmissionRound> findByLessonIdAndNumber(Long lessonId, int number);
}
