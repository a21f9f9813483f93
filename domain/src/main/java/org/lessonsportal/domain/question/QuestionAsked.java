package org.lessonsportal.domain.question;

import java.time.Instant;

/** Someone asked a lesson's team a question (published inside the asking transaction). */
public record QuestionAsked(Long questionId, Long lessonId, Long askedBy, Instant occurredAt) {
}
