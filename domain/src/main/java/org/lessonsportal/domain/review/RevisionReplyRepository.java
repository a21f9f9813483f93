package org.lessonsportal.domain.review;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RevisionReplyRepository extends JpaRepository<RevisionReplyEntry, Long> {

    Optional<RevisionReplyEntry> findByLessonIdAndRound(Long lessonId, int round);
}
