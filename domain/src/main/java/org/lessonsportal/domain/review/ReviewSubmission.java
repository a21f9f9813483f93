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

    /** The longest overall comment: as long as a section of a lesson, for a detailed review. */
    public static final int COMMENT_MAX = 20_000;
    /** The longest comment on one section. */
    public static final int SECTION_COMMENT_MAX = 10_000;
    /** The longest description of competing interests. */
    public static final int DETAILS_MAX = 2_000;

    /** Characters as people count them (one per Unicode character), as the portal's counters show them. */
    public static int length(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }

    public ReviewSubmission {
        comment = comment == null || comment.isBlank() ? null : comment.strip();
        sectionComments = sectionComments == null ? List.of()
                : sectionComments.stream().filter(c -> c != null && c.comment() != null && !c.comment().isEmpty())
                        .toList();
        competingInterestsDetails = competingInterestsDetails == null || competingInterestsDetails.isBlank() ? null
                : competingInterestsDetails.strip();
    }
}
