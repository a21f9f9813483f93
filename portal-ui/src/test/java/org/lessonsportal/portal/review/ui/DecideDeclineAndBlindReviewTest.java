package org.lessonsportal.portal.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonState;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.portal.ReviewProcessTest;
import org.lessonsportal.workflow.review.ReviewDecision;
import org.lessonsportal.workflow.review.ReviewTask;
import org.lessonsportal.workflow.review.TaskKind;

/**
 * Four eyes and blind review on the pages: in the publish queue, approving a lesson the reviewers recommended
 * declining is proposed by one publisher and confirmed by another (the proposer cannot confirm it, a publisher of the
 * author's organisation cannot overrule the reviewers at all); on the lesson's page, a reviewer who has not sent their
 * review sees no one else's review of the round.
 */
class DecideDeclineAndBlindReviewTest extends ReviewProcessTest {

    Person pat;
    Person penny;
    Person colleagueWhoPublishes;

    @BeforeEach
    void publishers() {
        pat = person("pat", newOdsCode(), Roles.CONTRIBUTOR, Roles.PUBLISHER);
        penny = person("penny", newOdsCode(), Roles.CONTRIBUTOR, Roles.PUBLISHER);
        colleagueWhoPublishes = person("colleague-publisher", author.odsCode(), Roles.PUBLISHER);
    }

    @Test
    void approvingALessonTheReviewersWouldDeclineTakesTwoPublishersInTheQueue() {
        LessonDetails lesson = submitted("Overruled reviewers " + newOdsCode());
        for (Person reviewer : List.of(first, second)) {
            review(reviewer, lesson.id(), ReviewDecision.decline("It reads like a brochure."));
        }
        ReviewTask decide = awaitTask(pat, TaskKind.DECIDE_DECLINE, lesson.id());

        actAs(colleagueWhoPublishes);
        navigate("publish");
        assertThat(_find(Button.class, spec -> spec.withId("override-" + decide.id()))).as("own organisation")
                .isEmpty();

        actAs(pat);
        navigate("publish");
        _click(_get(Button.class, spec -> spec.withId("override-" + decide.id())));
        _setValue(_get(TextArea.class, spec -> spec.withId("reason")), "Short, but the lesson is sound.");
        _click(_get(Button.class, spec -> spec.withId("reason-confirm")));

        assertThat(lessons.get(lesson.id(), pat.actor()).state()).as("one publisher is not enough")
                .isEqualTo(LessonState.IN_REVIEW);
        assertThat(card(decide).getElement().getTextRecursively()).contains("You proposed approving it anyway",
                "Short, but the lesson is sound.", "Another publisher needs to confirm it");
        assertThat(_find(Button.class, spec -> spec.withId("confirm-override-" + decide.id()))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("override-" + decide.id()))).isEmpty();

        actAs(penny);
        navigate("publish");
        assertThat(card(decide).getElement().getTextRecursively()).contains("Test pat proposes approving it anyway",
                "Short, but the lesson is sound.");
        _click(_get(Button.class, spec -> spec.withId("confirm-override-" + decide.id())));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(lessons.get(lesson.id(), penny.actor()).state()).isEqualTo(LessonState.APPROVED);
        awaitTask(penny, TaskKind.PUBLISH, lesson.id());
        assertThat(reviewTasks.openTasks(colleagueWhoPublishes.actor())).as("never their own organisation's")
                .noneMatch(t -> t.lessonId().equals(lesson.id()));
    }

    @Test
    void onTheLessonsPageAReviewerSeesNoOtherReviewOfTheRoundUntilTheyHaveSentTheirs() {
        LessonDetails lesson = submitted("Blind review " + newOdsCode());
        ReviewTask secondsReview = awaitTask(second, TaskKind.REVIEW, lesson.id());
        review(first, lesson.id(),
                ReviewDecision.requestChanges("The first reviewer's own words about the outcomes.", Map.of()));

        actAs(second);
        navigate("lessons/" + lesson.id());
        assertThat(history()).contains("Review and history").doesNotContain("The first reviewer's own words",
                "Reviewed round 1");

        actAs(pat);
        navigate("lessons/" + lesson.id());
        assertThat(history()).as("the publisher sees every review").contains("The first reviewer's own words");

        reviewTasks.completeReview(secondsReview.id(), second.actor(), ReviewDecision.approve(null));
        actAs(second);
        navigate("lessons/" + lesson.id());
        assertThat(history()).as("once sent").contains("The first reviewer's own words");
    }

    private static String history() {
        return _get(Section.class, spec -> spec.withId("lesson-history")).getElement().getTextRecursively();
    }

    private static Section card(ReviewTask task) {
        return _get(Section.class, spec -> spec.withId("task-" + task.id()));
    }
}
