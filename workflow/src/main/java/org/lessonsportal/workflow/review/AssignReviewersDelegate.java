package org.lessonsportal.workflow.review;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.lesson.LessonState;
import org.lessonsportal.domain.lesson.LessonSummary;
import org.lessonsportal.domain.shared.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Starts a round: tops the round's reviewers up to {@code lessons.review.required-reviewers} with the best eligible
 * reviewers ({@link ReviewerSelection}) and starts the review. When fewer are eligible than needed, those found are
 * asked at once and each place left is a publisher's "add a reviewer" task in the round ({@code openPlaces}); the
 * publishers are told why, once (docs/adr/0048). Only when the round would have nobody at all does it assign nobody
 * and leave the choice to a publisher before the round ({@code reviewersAssigned = false}). The lesson never waits
 * silently.
 */
@Component("assignReviewersDelegate")
@RequiredArgsConstructor
class AssignReviewersDelegate implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(AssignReviewersDelegate.class);

    private final LessonService lessons;
    private final ReviewerSelection selection;
    private final CurrentReviewers currentReviewers;
    private final ReviewNotices notices;
    private final ReviewSettings settings;

    @Override
    public void execute(DelegateExecution execution) {
        ReviewVariables variables = ReviewVariables.of(execution);
        Long lessonId = variables.lessonId();
        LessonSummary lesson = lessons.summary(lessonId, Actor.SYSTEM);
        if (lesson.state() != LessonState.SUBMITTED && lesson.state() != LessonState.IN_REVIEW) {
            throw new IllegalStateException("Lesson " + lessonId + " is " + lesson.state()
                    + ", so reviewers cannot be assigned");
        }
        int current = currentReviewers.of(lessonId).size();
        int needed = settings.getRequiredReviewers() - current;
        int open = 0;
        if (needed > 0) {
            List<EligibleReviewer> asked = selection.best(lessonId, needed);
            asked.forEach(c -> lessons.assignReviewer(lessonId, c.memberId(), Actor.SYSTEM));
            current += asked.size();
            open = needed - asked.size();
            if (open > 0) {
                LOG.info("Lesson {} needs {} more reviewer(s) but only {} are eligible: {}", lessonId, needed,
                        asked.size(), current == 0 ? "a publisher chooses" : "publishers add the rest");
            }
        }
        boolean anyone = current > 0;
        if (anyone && lesson.state() == LessonState.SUBMITTED) {
            lessons.startReview(lessonId, Actor.SYSTEM);
        }
        if (anyone && open > 0) {
            notices.reviewersMissing(lessons.summary(lessonId, Actor.SYSTEM), selection.shortfall(lessonId));
        }
        variables.openPlaces(anyone ? open : 0, anyone);
        variables.reviewersAssigned(anyone);
    }
}
