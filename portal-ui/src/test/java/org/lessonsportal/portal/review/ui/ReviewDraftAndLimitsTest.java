package org.lessonsportal.portal.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.review.ReviewDecision;
import org.lessonsportal.domain.review.ReviewDraftService;
import org.lessonsportal.domain.review.ReviewService;
import org.lessonsportal.portal.ReviewProcessTest;
import org.lessonsportal.workflow.review.ReviewTask;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A review is never cut and never lost: each text shows its limit and a live count, text over it is kept and refused
 * with a message by the field, and the review is saved as it is written, for its reviewer only.
 */
class ReviewDraftAndLimitsTest extends ReviewProcessTest {

    @Autowired
    ReviewDraftService drafts;
    @Autowired
    ReviewService reviews;

    @Test
    void aCommentOverItsLimitIsKeptWholeCountedAndRefusedWithAMessageByTheField() {
        LessonDetails lesson = submitted("Long review " + newOdsCode());
        openReview(first, lesson.id());
        ReviewView view = _get(ReviewView.class);
        assertThat(view.form.comment.getMaxLength()).as("the browser does not cut a paste").isZero();
        assertThat(view.form.comment.getHelperText()).endsWith("0 of 20,000 characters.");
        String pasted = "The baseline figures need their source and the month they were taken. ".repeat(300);
        int length = pasted.length();

        _setValue(view.form.competingInterest, Boolean.FALSE);
        _setValue(view.form.decision, ReviewDecision.REQUEST_CHANGES);
        _setValue(view.form.comment, pasted);
        assertThat(view.form.comment.getHelperText()).endsWith(String.format(Locale.UK,
                "%,d of 20,000 characters: %,d too many.", length, length - 20_000));
        _click(view.form.send);

        assertThat(view.form.comment.getValue()).as("nothing cut").isEqualTo(pasted);
        assertThat(view.form.comment.isInvalid()).isTrue();
        assertThat(view.form.comment.getErrorMessage()).isEqualTo(String.format(Locale.UK,
                "Your comments for the author must be 20,000 characters or fewer (it has %,d)", pasted.strip()
                        .length()));
        assertThat(view.form.errors.problems()).contains(view.form.comment.getErrorMessage());
        assertThat(reviews.reviewsOf(lesson.id(), author.actor())).as("not sent").isEmpty();
        assertThat(drafts.mine(lesson.id(), first.actor()).orElseThrow().comment())
                .as("the draft keeps the whole text").isEqualTo(pasted);

        TextAreaCheck.sectionLimit(view);
    }

    @Test
    void aReloadedReviewPageKeepsItsDraftWhichNobodyElseCanSee() {
        LessonDetails lesson = submitted("Draft review " + newOdsCode());
        ReviewTask task = openReview(first, lesson.id());
        ReviewView view = _get(ReviewView.class);
        _setValue(view.form.competingInterest, Boolean.FALSE);
        _setValue(view.form.decision, ReviewDecision.REQUEST_CHANGES);
        _setValue(view.form.comment, "Say how many clinicians were trained before go-live.");
        _setValue(view.form.sectionComments.get("outcomes"), "Give the baseline for paper use.");
        assertThat(view.saver.status.getText()).matches("Saved at \\d\\d:\\d\\d");

        navigate("tasks");
        navigate("tasks/" + task.id() + "/review");
        ReviewView reloaded = _get(ReviewView.class);
        assertThat(reloaded).isNotSameAs(view);
        assertThat(reloaded.form.competingInterest.getValue()).isFalse();
        assertThat(reloaded.form.decision.isEnabled()).as("the form is open again").isTrue();
        assertThat(reloaded.form.decision.getValue()).isEqualTo(ReviewDecision.REQUEST_CHANGES);
        assertThat(reloaded.form.comment.getValue()).isEqualTo("Say how many clinicians were trained before go-live.");
        assertThat(reloaded.form.sectionComments.get("outcomes").getValue()).isEqualTo("Give the baseline for paper use.");
        assertThat(reloaded.saver.status.getText()).startsWith("Restored your review as saved at");

        // nobody else sees it: not the other reviewer, not the author, and the history shows no review yet
        assertThat(drafts.mine(lesson.id(), second.actor())).isEmpty();
        assertThat(drafts.mine(lesson.id(), author.actor())).isEmpty();
        assertThat(reviews.reviewsOf(lesson.id(), author.actor())).isEmpty();
        openReview(second, lesson.id());
        ReviewView seconds = _get(ReviewView.class);
        assertThat(seconds.form.comment.getValue()).isEmpty();
        assertThat(seconds.form.competingInterest.getValue()).isNull();

        // sending finalises it: the draft is gone
        actAs(first);
        navigate("tasks/" + task.id() + "/review");
        _click(_get(ReviewView.class).form.send);
        assertThat(reviews.reviewsOf(lesson.id(), author.actor())).hasSize(1);
        assertThat(drafts.mine(lesson.id(), first.actor())).isEmpty();
    }

    /** The section comments show their own limit. */
    private static final class TextAreaCheck {
        static void sectionLimit(ReviewView view) {
            assertThat(view.form.sectionComments.get("outcomes").getHelperText()).isEqualTo("0 of 10,000 characters");
            assertThat(view.form.competingDetails.getHelperText()).endsWith("0 of 2,000 characters.");
        }
    }
}
