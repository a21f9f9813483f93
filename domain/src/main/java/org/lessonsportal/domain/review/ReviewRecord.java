package org.lessonsportal.domain.review;

import java.time.Instant;
import java.util.List;

/** A review as the history shows it. */
public record ReviewRecord(Long id, Long lessonId, int round, Long reviewerId, ReviewDecision decision,
        String comment, List<SectionComment> sectionComments, boolean hasCompetingInterests,
        String competingInterestsDetails, Instant submittedAt) {
}
