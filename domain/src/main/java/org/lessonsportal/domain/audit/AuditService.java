package org.lessonsportal.domain.audit;

import java.time.Clock;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail of lessons: every change of state and every decision, who made it, when and why. Written by the
 * lesson and review services in the same transaction as the change, so an entry exists exactly when the change
 * does. People read it through {@code LessonService.auditTrail}, which checks they may.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AuditService {

    private final AuditEventRepository events;
    private final Clock clock;

    @Transactional
    public void record(AuditRecord record) {
        events.save(new AuditEvent(record, clock.instant()));
    }

    /** The lesson's trail, oldest first. */
    public List<AuditEntry> forLesson(Long lessonId) {
        return events.findByLessonIdOrderByOccurredAtAscIdAsc(lessonId).stream().map(AuditEvent::toEntry).toList();
    }
}
