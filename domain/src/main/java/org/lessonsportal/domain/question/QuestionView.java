package org.lessonsportal.domain.question;

import java.time.Instant;
import java.util.List;

/**
 * A question to a lesson's team with its shown answers (hidden ones left out), oldest answer first.
 *
 * @param answeredAt when it was first answered, or {@code null}
 */
public record QuestionView(Long id, Long lessonId, String text, Long askedBy, String askedByName,
        String organisationName, Instant askedAt, Instant answeredAt, List<AnswerView> answers) {

    public QuestionView {
        answers = List.copyOf(answers);
    }

    public boolean answered() {
        return answeredAt != null;
    }
}
