package org.lessonsportal.domain.question;

import java.time.Instant;

/**
 * An answer as the lesson page shows it.
 *
 * @param reports        how many people reported it (shown to publishers)
 * @param reportedByYou  whether the person asking reported it already
 */
public record AnswerView(Long id, Long questionId, String text, Long answeredBy, String answeredByName,
        Instant answeredAt, int reports, boolean reportedByYou) {
}
