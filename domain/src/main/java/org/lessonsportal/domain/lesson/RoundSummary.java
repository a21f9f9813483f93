package org.lessonsportal.domain.lesson;

import java.time.Instant;

/** One submission round of a lesson: its number, when and by whom it was submitted. */
public record RoundSummary(int round, Instant submittedAt, Long submittedBy) {
}
