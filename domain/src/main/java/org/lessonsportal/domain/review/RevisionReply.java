package org.lessonsportal.domain.review;

import java.time.Instant;

/**
 * The author's reply to the reviewers, sent with a revision (as a response to reviewers is sent to a journal).
 *
 * @param round the round the revision was submitted as: the reviewers of that round read it
 */
public record RevisionReply(Long lessonId, int round, Long authorId, String reply, Instant writtenAt) {
}
