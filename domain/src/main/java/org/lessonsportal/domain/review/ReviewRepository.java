package org.lessonsportal.domain.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewRepository extends JpaRepository<Review, Long> {

    List<Review> findByLessonIdOrderByRoundAscSubmittedAtAscIdAsc(Long lessonId);

    boolean existsByLessonIdAndRoundAndReviewerId(Long lessonId, int round, Long reviewerId);
}
