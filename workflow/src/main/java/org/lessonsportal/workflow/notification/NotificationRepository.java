package org.lessonsportal.workflow.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<NotificationEntry, Long> {

    long countByRecipientIdAndReadAtIsNull(Long recipientId);

    List<NotificationEntry> findByRecipientIdOrderByCreatedAtDescIdDesc(Long recipientId, Pageable page);

    long countByRecipientId(Long recipientId);

    List<NotificationEntry> findByLessonIdAndReadAtIsNull(Long lessonId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update NotificationEntry n set n.readAt = :now where n.recipientId = :recipientId and n.readAt is null")
    int markAllRead(Long recipientId, Instant now);
}
