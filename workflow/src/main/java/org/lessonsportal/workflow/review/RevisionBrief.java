package org.lessonsportal.workflow.review;

import java.util.List;
import org.lessonsportal.domain.lesson.FieldChange;
import org.lessonsportal.domain.review.ReviewRecord;

/**
 * What the author sees on a revise task.
 *
 * @param round                  the round the reviewers asked for changes in
 * @param reviews                every review of every round so far, round by round (the UI shows the latest round
 *                               first)
 * @param sentBackReason         the publisher's reason when a publisher sent the approved lesson back, or {@code null}
 * @param sentBackBy             the name of the publisher who sent it back, or {@code null}
 * @param changesSinceSubmission what the author has changed so far compared with the round that was reviewed
 */
public record RevisionBrief(Long lessonId, int round, List<ReviewRecord> reviews, String sentBackReason,
        String sentBackBy, List<FieldChange> changesSinceSubmission) {

    public RevisionBrief {
        reviews = List.copyOf(reviews);
        changesSinceSubmission = List.copyOf(changesSinceSubmission);
    }
}
