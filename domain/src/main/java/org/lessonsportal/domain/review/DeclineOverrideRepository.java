package org.lessonsportal.domain.review;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DeclineOverrideRepository extends JpaRepository<DeclineOverrideEntry, Long> {

    Optional<DeclineOverrideEntry> findByLessonIdAndRound(Long lessonId, int round);
}
