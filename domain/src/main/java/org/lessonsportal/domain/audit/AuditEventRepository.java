package org.lessonsportal.domain.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    List<AuditEvent> findByLessonIdOrderByOccurredAtAscIdAsc(Long lessonId);
}
