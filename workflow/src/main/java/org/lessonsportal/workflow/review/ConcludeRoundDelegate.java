package org.lessonsportal.workflow.review;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.lesson.LessonSummary;
import org.lessonsportal.domain.review.ReviewDecision;
import org.lessonsportal.domain.review.ReviewService;
import org.lessonsportal.domain.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * Concludes a round from its recorded reviews: any request for changes sends the lesson back to its author; all
 * approvals approve it; otherwise (a recommendation to decline and no request for changes) the lesson stays in
 * review and a publisher decides.
 */
@Component("concludeRoundDelegate")
@RequiredArgsConstructor
class ConcludeRoundDelegate implements JavaDelegate {

    private final LessonService lessons;
    private final ReviewService reviews;

    @Override
    public void execute(DelegateExecution execution) {
        Long lessonId = ReviewVariables.of(execution).lessonId();
        LessonSummary lesson = lessons.summary(lessonId, Actor.SYSTEM);
        int round = lesson.round();
        // the decisions only: the reviews' comments are not needed here (docs/adr/0070)
        List<ReviewDecision> recorded = reviews.decisionsOf(lessonId, round);
        if (recorded.isEmpty()) {
            throw new IllegalStateException("Round " + round + " of lesson " + lessonId + " has no reviews");
        }
        long changes = recorded.stream().filter(d -> d == ReviewDecision.REQUEST_CHANGES).count();
        long approvals = recorded.stream().filter(d -> d == ReviewDecision.APPROVE).count();
        if (changes > 0) {
            lessons.requestChanges(lessonId, Actor.SYSTEM, (changes == 1 ? "A reviewer" : changes + " reviewers")
                    + " asked for changes in round " + round + ".");
        } else if (approvals == recorded.size()) {
            lessons.approve(lessonId, Actor.SYSTEM, "All " + approvals + " reviewers approved round " + round + ".");
        }
        // otherwise: a recommendation to decline; the lesson stays in review until a publisher decides
    }
}
