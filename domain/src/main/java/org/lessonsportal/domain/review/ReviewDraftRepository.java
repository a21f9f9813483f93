package org.lessonsportal.domain.review;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ReviewDraftRepository extends JpaRepository<ReviewDraftEntry, Long> {

    Optional<ReviewDraftEntry> findByLessonIdAndRoundAndReviewerId(Long lessonId, int round, Long reviewerId);

    @Modifying
    @Query("delete from ReviewDraftEntry d where d.lessonId = ?1 and d.round = ?2 and d.reviewerId = ?3")
    int deleteDraft(Long lessonId, int round, Long reviewerId);
}
