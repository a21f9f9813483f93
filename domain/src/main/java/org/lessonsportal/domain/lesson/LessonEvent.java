package org.lessonsportal.domain.lesson;

import java.time.Instant;

/**
 * Something that happened to a lesson, published with Spring's {@code ApplicationEventPublisher} inside the
 * transaction that made it happen. Listeners that start work elsewhere (the review workflow, search indexing,
 * notifications) should use {@code @TransactionalEventListener} so they act only once the change is committed.
 * Events carry ids, never entities.
 */
public interface LessonEvent {

    Long lessonId();

    Instant occurredAt();
}
