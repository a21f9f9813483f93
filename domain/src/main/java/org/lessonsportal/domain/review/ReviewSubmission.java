package org.lessonsportal.domain.review;

import java.util.List;

/**
 * What a reviewer sends for the round they were asked to review.
 *
 * @param comment                   the general comment; needed unless approving
 * @param sectionComments           comments on particular sections (optional)
 * @param hasCompetingInterests     the reviewer's declaration: {@code true} or {@code false}, never left out
 * @param competingInterestsDetails what the competing interests are, when there are any
 */
public record ReviewSubmission(ReviewDecision decision, String comment, List<SectionComment> sectionComments,
        Boolean hasCompetingInterests, String competingInterestsDetails) {

    public ReviewSubmission {
        comment = comment == null || comment.isBlank() ? null : comment.strip();
        sectionComments = sectionComments == null ? List.of()
                : sectionComments.stream().filter(c -> c != null && c.comment() != null && !c.comment().isEmpty())
                        .toList();
        competingInterestsDetails = competingInterestsDetails == null || competingInterestsDetails.isBlank() ? null
                : competingInterestsDetails.strip();
    }
}
