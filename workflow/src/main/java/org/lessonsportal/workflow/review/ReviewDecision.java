package org.lessonsportal.workflow.review;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a reviewer sends from their review task. First the declaration of competing interests: a declared interest
 * hands the task back to the publishers for another reviewer, and nothing else is recorded. Otherwise the decision,
 * with a general comment (needed unless approving) and optional comments on individual sections.
 *
 * @param competingInterestDeclared whether the reviewer has a competing interest
 * @param competingInterest         what it is (needed when declared)
 * @param decision                  approve, ask for changes or decline; ignored when an interest is declared
 * @param generalComment            the general comment
 * @param sectionComments           comments by section key ({@code LessonFields.SECTIONS}, e.g. {@code outcomes}), in
 *                                  the order given
 */
public record ReviewDecision(boolean competingInterestDeclared, String competingInterest,
        org.lessonsportal.domain.review.ReviewDecision decision, String generalComment,
        Map<String, String> sectionComments) {

    public ReviewDecision {
        competingInterest = competingInterest == null || competingInterest.isBlank() ? null
                : competingInterest.strip();
        generalComment = generalComment == null || generalComment.isBlank() ? null : generalComment.strip();
        sectionComments = sectionComments == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(sectionComments));
    }

    public static ReviewDecision approve(String comment) {
        return new ReviewDecision(false, null, org.lessonsportal.domain.review.ReviewDecision.APPROVE, comment,
                Map.of());
    }

    public static ReviewDecision requestChanges(String comment, Map<String, String> sectionComments) {
        return new ReviewDecision(false, null, org.lessonsportal.domain.review.ReviewDecision.REQUEST_CHANGES,
                comment, sectionComments);
    }

    public static ReviewDecision decline(String comment) {
        return new ReviewDecision(false, null, org.lessonsportal.domain.review.ReviewDecision.DECLINE, comment,
                Map.of());
    }

    public static ReviewDecision competingInterest(String details) {
        return new ReviewDecision(true, details, null, null, Map.of());
    }
}
