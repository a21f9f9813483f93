package org.lessonsportal.domain.question;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LessonQuestionRepository extends JpaRepository<LessonQuestion, Long> {

    List<LessonQuestion> findByLessonIdOrderByAskedAtDescIdDesc(Long lessonId);
}
