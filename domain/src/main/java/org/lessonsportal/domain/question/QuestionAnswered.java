package org.lessonsportal.domain.question;

import java.time.Instant;

/**
 * Someone of the lesson's organisation answered a question (published inside the answering transaction).
 *
 * @param first whether it is the question's first answer (the question stops waiting)
 */
public record QuestionAnswered(Long questionId, Long lessonId, Long answerId, Long answeredBy, Long askedBy,
        boolean first, Instant occurredAt) {
}
