package org.lessonsportal.workflow.review;

import java.util.List;
import java.util.Objects;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.TaskService;
import org.lessonsportal.domain.lesson.LessonPolicy.Action;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.lesson.LessonSummary;
import org.lessonsportal.domain.review.ReviewDraftService;
import org.lessonsportal.domain.review.ReviewService;
import org.lessonsportal.domain.review.ReviewSubmission;
import org.lessonsportal.domain.review.SectionComment;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.FieldError;
import org.lessonsportal.domain.shared.ValidationException;
import org.lessonsportal.workflow.review.TaskGuard.OpenTask;
import org.springframework.stereotype.Component;

/** The reviewer's part of {@link ReviewTasks}: completing a review, or stepping aside for a competing interest. */
@Component
@RequiredArgsConstructor
class ReviewerTaskActions {

    private final TaskService tasks;
    private final LessonService lessons;
    private final ReviewService reviews;
    private final ReviewDraftService drafts;
    private final TaskGuard guard;
    private final ReviewTransaction transaction;

    void completeReview(String taskId, Actor actor, ReviewDecision decision) {
        Objects.requireNonNull(decision, "decision");
        transaction.run(() -> {
            OpenTask open = guard.require(taskId, TaskKind.REVIEW);
            guard.requireHolder(open, actor);
            if (decision.competingInterestDeclared()) {
                stepAside(open, actor, decision.competingInterest());
                return;
            }
            List<SectionComment> sections = decision.sectionComments().entrySet().stream()
                    .map(e -> new SectionComment(e.getKey(), e.getValue())).toList();
            reviews.recordReview(open.lessonId(), actor, new ReviewSubmission(decision.decision(),
                    decision.generalComment(), sections, false, null));
            // LessonEventsListener completes the task on ReviewCompleted, in this transaction
        });
    }

    /** A declared competing interest takes the reviewer off the lesson; nothing else is recorded. */
    private void stepAside(OpenTask open, Actor actor, String competingInterest) {
        if (competingInterest == null) {
            throw new ValidationException(List.of(new FieldError("competingInterest",
                    "Describe your competing interest")));
        }
        if (ReviewSubmission.length(competingInterest) > ReviewSubmission.DETAILS_MAX) {
            throw new ValidationException(List.of(new FieldError("competingInterest", String.format(
                    java.util.Locale.UK, "Describe your competing interest in %,d characters or fewer (it "
                            + "has %,d)", ReviewSubmission.DETAILS_MAX,
                    ReviewSubmission.length(competingInterest)))));
        }
        LessonSummary lesson = lessons.require(open.lessonId(), actor, Action.REVIEW);
        drafts.discard(lesson.id(), lesson.round(), actor.memberId());
        String reason = LessonReviewProcess.COMPETING_INTEREST + ": " + competingInterest;
        lessons.releaseReviewer(open.lessonId(), actor.memberId(), Actor.SYSTEM, reason);
        tasks.complete(open.task().id());
    }
}
