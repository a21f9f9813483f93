package org.lessonsportal.portal.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.review.ReviewDecision;
import org.lessonsportal.domain.review.ReviewRecord;
import org.lessonsportal.domain.review.ReviewService;
import org.lessonsportal.domain.review.RevisionReplyService;
import org.lessonsportal.domain.shared.NotAllowedException;
import org.lessonsportal.portal.ReviewProcessTest;
import org.lessonsportal.workflow.review.ReviewTask;
import org.lessonsportal.workflow.review.TaskKind;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Round 2 respects the reviewers' time: the author replies to them with the revision, a reviewer who approved
 * confirms in one step, and one who asked for changes sees what they asked for next to what changed.
 */
class RereviewTest extends ReviewProcessTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    RevisionReplyService replies;

    @Test
    void theAuthorRepliesTheSecondReviewerConfirmsInOneStepAndTheFirstSeesWhatTheyAskedFor() {
        LessonDetails draft = submitted("Three sites, one record " + newOdsCode());
        review(first, draft.id(), org.lessonsportal.workflow.review.ReviewDecision.requestChanges(
                "Give the numbers before and after.", Map.of("outcomes", "Say how many paper notes were used before.")));
        review(second, draft.id(), org.lessonsportal.workflow.review.ReviewDecision.approve("Clear and useful."));
        ReviewTask revise = awaitTask(author, TaskKind.REVISE, draft.id());

        // the author revises and replies to the reviewers
        actAs(author);
        navigate("tasks/" + revise.id() + "/revise");
        ReviseView page = _get(ReviseView.class);
        assertThat(page.getElement().getTextRecursively()).contains("The reviewers asked for changes");
        assertThat(page.reply.getHelperText()).endsWith("0 of 4,000 characters.");
        _setValue(page.editor.form().outcomesField(), "Paper notes fell from 12,000 to 2,400 a month.");
        _setValue(page.reply, "I added the monthly paper-note counts from before and after go-live.");
        assertThat(page.replyStatus.getText()).startsWith("Saved at ");

        // the reply is saved as it is written: reloading the page keeps it, and nobody else can read it yet
        navigate("tasks/" + revise.id() + "/revise");
        page = _get(ReviseView.class);
        assertThat(page.reply.getValue())
                .isEqualTo("I added the monthly paper-note counts from before and after go-live.");
        assertThat(page.replyStatus.getText()).startsWith("Restored your reply as saved at ");
        Long lessonId = draft.id();
        assertThatThrownBy(() -> replies.draft(lessonId, second.actor())).isInstanceOf(NotAllowedException.class);
        _click(page.editor.submitButton());

        // the second reviewer approved round 1: they read the reply and the changes, and confirm in one step
        openReview(second, draft.id());
        ReviewView secondsPage = _get(ReviewView.class);
        assertThat(_get(Div.class, spec -> spec.withId("author-reply")).getElement().getTextRecursively())
                .contains("I added the monthly paper-note counts from before and after go-live.");
        assertThat(_get(Div.class, spec -> spec.withId("your-earlier-review")).getElement().getTextRecursively())
                .contains("You approved round 1", "Clear and useful.");
        assertThat(_find(ChangeNotes.class)).isNotEmpty();
        assertThat(secondsPage.rereview.stillApprove.isVisible()).isTrue();
        assertThat(secondsPage.form.decision.isEnabled()).as("no need to fill in the form").isFalse();
        _click(secondsPage.rereview.stillApprove);
        assertThat(_find(TasksView.class)).hasSize(1);
        List<ReviewRecord> round2 = reviews.reviewsOf(draft.id(), author.actor(), 2);
        assertThat(round2).singleElement().satisfies(r -> {
            assertThat(r.reviewerId()).isEqualTo(second.id());
            assertThat(r.decision()).isEqualTo(ReviewDecision.APPROVE);
        });

        // the first reviewer asked for changes: their round-2 page shows what they asked for, next to what changed
        openReview(first, draft.id());
        ReviewView firstsPage = _get(ReviewView.class);
        assertThat(_get(Div.class, spec -> spec.withId("your-earlier-review")).getElement().getTextRecursively())
                .contains("What you asked for in round 1", "Give the numbers before and after.",
                        "Say how many paper notes were used before.");
        assertThat(_get(Div.class, spec -> spec.withId("author-reply")).getElement().getTextRecursively())
                .contains("I added the monthly paper-note counts");
        assertThat(firstsPage.rereview.stillApprove.isVisible()).isFalse();
        Div asked = _get(Div.class, spec -> spec.withClasses("reviewer-comment"));
        assertThat(asked.getElement().getTextRecursively()).contains("You asked in round 1",
                "Say how many paper notes were used before.");
        assertThat(asked.getParent().orElseThrow().getElement().getTextRecursively())
                .as("in the outcomes section, with the change").contains("Outcomes", "Paper notes fell from 12,000");
    }
}
