package org.lessonsportal.workflow.review;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.lesson.LessonState;
import org.lessonsportal.domain.shared.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Starts a round: tops the round's reviewers up to {@code lessons.review.required-reviewers} with the best eligible
 * reviewers ({@link ReviewerSelection}) and starts the review. When there are not enough eligible reviewers it
 * assigns nobody and leaves the choice to a publisher ({@code reviewersAssigned = false}): the lesson never waits
 * silently.
 */
@Component("assignReviewersDelegate")
@RequiredArgsConstructor
class AssignReviewersDelegate implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(AssignReviewersDelegate.class);

    private final LessonService lessons;
    private final ReviewerSelection selection;
    private final CurrentReviewers currentReviewers;
    private final ReviewSettings settings;

    @Override
    public void execute(DelegateExecution execution) {
        ReviewVariables variables = ReviewVariables.of(execution);
        Long lessonId = variables.lessonId();
        LessonDetails lesson = lessons.get(lessonId, Actor.SYSTEM);
        if (lesson.state() != LessonState.SUBMITTED && lesson.state() != LessonState.IN_REVIEW) {
            throw new IllegalStateException("Lesson " + lessonId + " is " + lesson.state()
                    + ", so reviewers cannot be assigned");
        }
        int needed = settings.getRequiredReviewers() - currentReviewers.of(lessonId).size();
        if (needed > 0) {
            List<EligibleReviewer> candidates = selection.eligible(lessonId);
            if (candidates.size() >= needed) {
                candidates.subList(0, needed)
                        .forEach(c -> lessons.assignReviewer(lessonId, c.memberId(), Actor.SYSTEM));
                needed = 0;
            } else {
                LOG.info("Lesson {} needs {} more reviewer(s) but only {} are eligible: a publisher chooses",
                        lessonId, needed, candidates.size());
            }
        }
        boolean enough = needed <= 0;
        if (enough && lesson.state() == LessonState.SUBMITTED) {
            lessons.startReview(lessonId, Actor.SYSTEM);
        }
        variables.reviewersAssigned(enough);
    }
}
