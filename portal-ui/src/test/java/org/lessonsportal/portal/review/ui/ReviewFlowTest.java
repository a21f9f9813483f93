package org.lessonsportal.portal.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonState;
import org.lessonsportal.domain.review.ReviewDecision;
import org.lessonsportal.portal.ReviewProcessTest;
import org.lessonsportal.portal.lesson.ui.LessonReader;
import org.lessonsportal.workflow.review.ReviewTask;
import org.lessonsportal.workflow.review.TaskKind;

/**
 * The review pages, browserless, with the real review process: a reviewer reviews (competing interests first), the
 * author revises next to the reviewers' comments, and in the next round the reviewer sees what changed.
 */
class ReviewFlowTest extends ReviewProcessTest {

    @Test
    void reviewReviseAndSeeWhatChanged() {
        LessonDetails draft = submitted("One record for three sites " + newOdsCode());
        ReviewTask firstReview = awaitBothReviews(draft.id());

        // the first reviewer: the form is disabled until the competing-interest question is answered
        actAs(first);
        navigate("tasks");
        assertThat(_get(TasksView.class).getElement().getTextRecursively()).contains("Review this lesson");
        navigate("tasks/" + firstReview.id() + "/review");
        ReviewView review = _get(ReviewView.class);
        assertThat(review.form.decision.isEnabled()).isFalse();
        assertThat(review.form.send.isEnabled()).isFalse();
        _setValue(review.form.competingInterest, Boolean.FALSE);
        assertThat(review.form.decision.isEnabled()).isTrue();
        assertThat(review.form.send.isEnabled()).isTrue();

        _click(review.form.send);
        assertThat(review.form.decision.isInvalid()).isTrue();
        assertThat(review.form.errors.problems()).contains("Choose whether to approve, ask for changes or decline");

        _setValue(review.form.decision, ReviewDecision.REQUEST_CHANGES);
        _click(review.form.send);
        assertThat(review.form.comment.isInvalid()).isTrue();
        assertThat(review.form.comment.getErrorMessage()).isEqualTo("Explain what the author needs to change");

        _setValue(review.form.comment, "Please say what the numbers were before and after.");
        _setValue(review.form.sectionComments.get("outcomes"), "Give the baseline for paper use.");
        _click(review.form.send);
        assertThat(_find(TasksView.class)).hasSize(1);

        review(second, draft.id(), org.lessonsportal.workflow.review.ReviewDecision.approve("Clear and useful."));
        ReviewTask revise = awaitTask(author, TaskKind.REVISE, draft.id());

        // the author sees the comment next to the section it is about, edits and resubmits
        actAs(author);
        navigate("tasks/" + revise.id() + "/revise");
        ReviseView page = _get(ReviseView.class);
        assertThat(_get(Div.class, spec -> spec.withId("reviewer-comments")).getElement().getTextRecursively())
                .contains("Please say what the numbers were before and after.");
        Div comment = _get(Div.class, spec -> spec.withClasses("reviewer-comment"));
        assertThat(comment.getElement().getTextRecursively()).contains("Give the baseline for paper use.");
        assertThat(comment.getParent().orElseThrow().getElement().getTextRecursively()).contains("Outcomes");
        _setValue(page.editor.form().outcomesField(), "Paper notes fell from 12,000 to 2,400 a month.");
        _click(page.editor.submitButton());
        assertThat(lessons.get(draft.id(), author.actor()).state()).isIn(LessonState.IN_REVIEW,
                LessonState.SUBMITTED);

        // round 2: the reviewer sees what changed, labelled in words
        openReview(first, draft.id());
        assertThat(_get(Div.class, spec -> spec.withId("changes-summary")).getElement().getTextRecursively())
                .contains("Outcomes");
        ChangeNotes change = _get(ChangeNotes.class);
        assertThat(change.getElement().getTextRecursively()).contains("Changed", "Outcomes", "Before:", "After:",
                "Paper notes fell from 12,000 to 2,400 a month.");
        assertThat(_find(LessonReader.class)).hasSize(1);
    }

    @Test
    void aReviewerWithACompetingInterestHandsTheReviewBack() {
        LessonDetails draft = submitted("Cutover weekend " + newOdsCode());
        openReview(first, draft.id());
        ReviewView review = _get(ReviewView.class);

        _setValue(review.form.competingInterest, Boolean.TRUE);
        assertThat(review.form.decision.isEnabled()).isFalse();
        assertThat(review.form.competingDetails.isVisible()).isTrue();
        _setValue(review.form.competingDetails, "I worked for the supplier of this system.");
        _click(review.form.declare);

        assertThat(reviewTasks.openTasks(first.actor()).stream().filter(t -> t.lessonId().equals(draft.id())))
                .isEmpty();
    }

    @Test
    void somebodyElsesReviewIsNotFound() {
        LessonDetails draft = submitted("Shared care record " + newOdsCode());
        ReviewTask task = awaitTask(first, TaskKind.REVIEW, draft.id());
        actAs(second);
        navigate("tasks/" + task.id() + "/review");
        assertThat(_find(ReviewView.class)).isEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withText("Go to the front page"))).hasSize(1);
    }
}
