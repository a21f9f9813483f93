package org.lessonsportal.workflow.review;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The first version's escalation timer fired (processes started before docs/adr/0065): the reviewer is taken off the
 * lesson and told so; the review then waits for a publisher to choose another reviewer. Processes of the current
 * version are escalated by {@link DueReviews}.
 */
@Component("escalateReviewDelegate")
@RequiredArgsConstructor
class EscalateReviewDelegate implements JavaDelegate {

    private final ReviewDeadlines deadlines;
    private final ReviewTimes times;

    @Override
    public void execute(DelegateExecution execution) {
        ReviewVariables variables = ReviewVariables.of(execution);
        deadlines.takeOff(variables.lessonId(), variables.reviewerId(), times.escalateAfter(variables));
    }
}
