package org.lessonsportal.workflow.review;

import java.util.Set;
import org.lessonsportal.domain.taxonomy.ProjectType;

/**
 * Someone who may be asked to review a lesson, best first: those whose expertise includes the lesson's project type,
 * then those with the fewest open reviews.
 *
 * @param expertiseMatches whether their expertise includes the lesson's project type
 * @param openReviews      how many reviews they have open now
 */
public record EligibleReviewer(Long memberId, String name, Long organisationId, String organisationName,
        Set<ProjectType> expertise, boolean expertiseMatches, long openReviews) {

    public EligibleReviewer {
        expertise = expertise == null ? Set.of() : Set.copyOf(expertise);
    }
}
