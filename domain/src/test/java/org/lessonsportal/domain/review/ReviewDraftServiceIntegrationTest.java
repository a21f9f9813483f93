package org.lessonsportal.domain.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.domain.shared.FieldError;
import org.lessonsportal.domain.shared.ValidationException;
import org.lessonsportal.testsupport.LessonTestCase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Review drafts belong to their reviewer alone and go when the review is sent; long text is kept, then refused. */
@SpringBootTest
class ReviewDraftServiceIntegrationTest extends LessonTestCase {

    @Autowired
    ReviewDraftService drafts;
    @Autowired
    ReviewService reviews;

    @Test
    void aDraftIsTheReviewersAloneKeepsLongTextAndGoesWhenTheReviewIsSent() {
        LessonDetails lesson = data.inReview(cast.author(), cast.reviewer(), cast.secondReviewer());
        String longComment = "Explain how the baseline was measured. ".repeat(600);
        assertThat(ReviewSubmission.length(longComment)).isGreaterThan(ReviewSubmission.COMMENT_MAX);

        drafts.save(lesson.id(), cast.reviewer(), new ReviewDraft(false, null, ReviewDecision.REQUEST_CHANGES,
                longComment, Map.of("outcomes", "Give the numbers."), null));

        ReviewDraft mine = drafts.mine(lesson.id(), cast.reviewer()).orElseThrow();
        assertThat(mine.comment()).as("kept whole").isEqualTo(longComment);
        assertThat(mine.decision()).isEqualTo(ReviewDecision.REQUEST_CHANGES);
        assertThat(mine.sectionComments()).containsEntry("outcomes", "Give the numbers.");
        assertThat(mine.savedAt()).isNotNull();
        assertThat(drafts.mine(lesson.id(), cast.secondReviewer())).as("another reviewer").isEmpty();
        assertThat(drafts.mine(lesson.id(), cast.author())).as("the author").isEmpty();
        assertThatThrownBy(() -> drafts.save(lesson.id(), cast.author(), new ReviewDraft(null, null, null, "x",
                Map.of(), null))).as("only an assigned reviewer saves one").isInstanceOf(DomainException.class);

        assertThatThrownBy(() -> reviews.recordReview(lesson.id(), cast.reviewer(), new ReviewSubmission(
                ReviewDecision.REQUEST_CHANGES, longComment, List.of(), false, null)))
                .isInstanceOf(ValidationException.class).satisfies(e -> assertThat(((ValidationException) e)
                        .errors()).extracting(FieldError::field).containsExactly("comment"));
        assertThat(drafts.mine(lesson.id(), cast.reviewer())).as("a refused review keeps its draft").isPresent();

        reviews.recordReview(lesson.id(), cast.reviewer(), new ReviewSubmission(ReviewDecision.REQUEST_CHANGES,
                "Explain how the baseline was measured.", List.of(), false, null));
        assertThat(drafts.mine(lesson.id(), cast.reviewer())).as("sent: the draft is gone").isEmpty();
    }
}
