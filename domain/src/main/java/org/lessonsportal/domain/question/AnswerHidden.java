package org.lessonsportal.domain.question;

import java.time.Instant;

/** A publisher hid an answer: it leaves the lesson page and the search index. */
public record AnswerHidden(Long answerId, Long questionId, Long lessonId, Long hiddenBy, Instant occurredAt) {
}
