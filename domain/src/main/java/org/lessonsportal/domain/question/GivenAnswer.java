package org.lessonsportal.domain.question;

import java.time.Instant;

/** An answer someone of an organisation gave, with the question and lesson it answers (for organisation pages). */
public record GivenAnswer(Long lessonId, String lessonTitle, String question, String answer, String answeredByName,
        Instant answeredAt) {
}
