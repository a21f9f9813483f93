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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.review.ReviewDecision;
import org.lessonsportal.domain.review.ReviewRecord;
import org.lessonsportal.domain.review.ReviewService;
import org.lessonsportal.domain.review.RevisionReplyService;
import org.lessonsportal.domain.shared.NotAllowedException;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.portal.KaribuTest;
import org.lessonsportal.testsupport.LessonTestData;
import org.lessonsportal.workflow.review.ReviewTask;
import org.lessonsportal.workflow.review.ReviewTasks;
import org.lessonsportal.workflow.review.TaskKind;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Round 2 respects the reviewers' time: the author replies to them with the revision, a reviewer who approved
 * confirms in one step, and one who asked for changes sees what they asked for next to what changed.
 */
class RereviewTest extends KaribuTest {

    @Autowired
    ReviewTasks reviewTasks;
    @Autowired
    ReviewService reviews;
    @Autowired
    RevisionReplyService replies;

    Person alice;
    Person bob;
    Person carol;

    @BeforeEach
    void twoReviewers() {
        alice = person("alice", newOdsCode(), Roles.CONTRIBUTOR);
        bob = person("bob", newOdsCode(), Roles.CONTRIBUTOR, Roles.REVIEWER);
        carol = person("carol", newOdsCode(), Roles.CONTRIBUTOR, Roles.REVIEWER);
        person("admin", newOdsCode(), Roles.ADMIN);
        onlyTheseReviewElectronicPatientRecords(bob, carol);
    }

    @Test
    void theAuthorRepliesCarolConfirmsInOneStepAndBobSeesWhatHeAskedFor() {
        LessonDetails draft = lessons.createDraft(alice.actor(), LessonTestData.complete("Three sites, one record "
                + newOdsCode()));
        reviewTasks.submit(draft.id(), alice.actor(), draft.version());
        reviewTasks.completeReview(awaitTask(bob, TaskKind.REVIEW, draft.id()).id(), bob.actor(),
                org.lessonsportal.workflow.review.ReviewDecision.requestChanges("Give the numbers before and after.",
                        Map.of("outcomes", "Say how many paper notes were used before.")));
        reviewTasks.completeReview(awaitTask(carol, TaskKind.REVIEW, draft.id()).id(), carol.actor(),
                org.lessonsportal.workflow.review.ReviewDecision.approve("Clear and useful."));
        ReviewTask revise = awaitTask(alice, TaskKind.REVISE, draft.id());

        // alice revises and replies to the reviewers
        actAs(alice);
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
        assertThatThrownBy(() -> replies.draft(lessonId, carol.actor())).isInstanceOf(NotAllowedException.class);
        _click(page.editor.submitButton());

        // carol approved round 1: she reads the reply and the changes, and confirms in one step
        ReviewTask carols = awaitTask(carol, TaskKind.REVIEW, draft.id());
        actAs(carol);
        navigate("tasks/" + carols.id() + "/review");
        ReviewView carolsPage = _get(ReviewView.class);
        assertThat(_get(Div.class, spec -> spec.withId("author-reply")).getElement().getTextRecursively())
                .contains("I added the monthly paper-note counts from before and after go-live.");
        assertThat(_get(Div.class, spec -> spec.withId("your-earlier-review")).getElement().getTextRecursively())
                .contains("You approved round 1", "Clear and useful.");
        assertThat(_find(ChangeNotes.class)).isNotEmpty();
        assertThat(carolsPage.rereview.stillApprove.isVisible()).isTrue();
        assertThat(carolsPage.form.decision.isEnabled()).as("no need to fill in the form").isFalse();
        _click(carolsPage.rereview.stillApprove);
        assertThat(_find(TasksView.class)).hasSize(1);
        List<ReviewRecord> round2 = reviews.reviewsOf(draft.id(), alice.actor(), 2);
        assertThat(round2).singleElement().satisfies(r -> {
            assertThat(r.reviewerId()).isEqualTo(carol.id());
            assertThat(r.decision()).isEqualTo(ReviewDecision.APPROVE);
        });

        // bob asked for changes: his round-2 page shows what he asked for, next to what changed
        ReviewTask bobs = awaitTask(bob, TaskKind.REVIEW, draft.id());
        actAs(bob);
        navigate("tasks/" + bobs.id() + "/review");
        ReviewView bobsPage = _get(ReviewView.class);
        assertThat(_get(Div.class, spec -> spec.withId("your-earlier-review")).getElement().getTextRecursively())
                .contains("What you asked for in round 1", "Give the numbers before and after.",
                        "Say how many paper notes were used before.");
        assertThat(_get(Div.class, spec -> spec.withId("author-reply")).getElement().getTextRecursively())
                .contains("I added the monthly paper-note counts");
        assertThat(bobsPage.rereview.stillApprove.isVisible()).isFalse();
        Div asked = _get(Div.class, spec -> spec.withClasses("reviewer-comment"));
        assertThat(asked.getElement().getTextRecursively()).contains("You asked in round 1",
                "Say how many paper notes were used before.");
        assertThat(asked.getParent().orElseThrow().getElement().getTextRecursively())
                .as("in the outcomes section, with the change").contains("Outcomes", "Paper notes fell from 12,000");
    }

    private ReviewTask awaitTask(Person person, TaskKind kind, Long lessonId) {
        ReviewTask[] found = new ReviewTask[1];
        await(person.user().username() + " has a " + kind + " task", () -> {
            List<ReviewTask> tasks = reviewTasks.openTasks(person.actor());
            found[0] = tasks.stream().filter(t -> t.kind() == kind && t.lessonId().equals(lessonId)).findFirst()
                    .orElse(null);
            return found[0] != null;
        });
        return found[0];
    }
}
