package org.lessonsportal.domain.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReviewRepository extends JpaRepository<Review, Long> {

    List<Review> findByLessonIdOrderByRoundAscSubmittedAtAscIdAsc(Long lessonId);

    boolean existsByLessonIdAndRoundAndReviewerId(Long lessonId, int round, Long reviewerId);

    /** The decisions of one round, without the rest of each review (its comments are a table of their own). */
    @Query("select r.decision from Review r where r.lessonId = ?1 and r.round = ?2")
    List<ReviewDecision> decisionsOf(Long lessonId, int round);
}
