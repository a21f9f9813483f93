package org.lessonsportal.domain.question;

import java.time.Instant;

/** Someone reported an answer as wrong or unsuitable (their first report of it): publishers are told. */
public record AnswerReported(Long answerId, Long questionId, Long lessonId, Long reportedBy, Instant occurredAt) {
}
