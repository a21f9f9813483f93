package org.lessonsportal.portal.lesson.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonState;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.portal.ReviewProcessTest;
import org.lessonsportal.portal.base.ui.StateTag;
import org.lessonsportal.workflow.review.ReviewDecision;
import org.lessonsportal.workflow.review.ReviewTask;
import org.lessonsportal.workflow.review.TaskKind;

/**
 * A publisher publishes or sends back an approved lesson from the lesson's own page; a send-back names the publisher,
 * not the reviewers; in the publish queue each publisher button is named with its lesson; and the lesson's state has
 * the same name on its page and on the author's home page.
 */
class PublishFromLessonPageTest extends ReviewProcessTest {

    Person pat;

    @BeforeEach
    void aPublisher() {
        pat = person("pat", newOdsCode(), Roles.CONTRIBUTOR, Roles.PUBLISHER);
    }

    @Test
    void aPublisherPublishesFromTheLessonPage() {
        LessonDetails lesson = approvedAndOpenedByPat("Publish from its page " + newOdsCode());
        PublisherActions actions = _get(PublisherActions.class);
        _click(actions.publish);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(lessons.get(lesson.id(), pat.actor()).state()).isEqualTo(LessonState.PUBLISHED);
        assertThat(_get(Span.class, spec -> spec.withId("lesson-state")).getText()).isEqualTo("Published");
        assertThat(_find(PublisherActions.class)).as("nothing left to do").isEmpty();
    }

    @Test
    void aSendBackFromTheLessonPageNamesThePublisherNotTheReviewers() {
        LessonDetails lesson = approvedAndOpenedByPat("Send back from its page " + newOdsCode());
        _click(_get(PublisherActions.class).sendBack);
        _setValue(_get(TextArea.class, spec -> spec.withId("reason")), "Add the contact's job title, please.");
        _click(_get(Button.class, spec -> spec.withId("reason-confirm")));
        assertThat(lessons.get(lesson.id(), pat.actor()).state()).isEqualTo(LessonState.CHANGES_REQUESTED);

        ReviewTask revise = awaitTask(author, TaskKind.REVISE, lesson.id());
        actAs(author);
        navigate("tasks/" + revise.id() + "/revise");
        String page = String.join(" ", _find(Paragraph.class).stream().map(Paragraph::getText).toList());
        assertThat(page).contains("Test pat, a publisher, sent the lesson back to you")
                .doesNotContain("The reviewers asked for changes");
        assertThat(_get(Paragraph.class, spec -> spec.withId("sent-back-reason")).getText())
                .isEqualTo("Test pat (publisher) sent the lesson back: Add the contact's job title, please.");

        // the state has one name: on the lesson's page and on the author's home page
        navigate("lessons/" + lesson.id());
        String onItsPage = _get(Span.class, spec -> spec.withId("lesson-state")).getText();
        navigate("");
        assertThat(_find(StateTag.class).stream().map(StateTag::getText)).contains(onItsPage);
        assertThat(onItsPage).isEqualTo(LessonState.CHANGES_REQUESTED.label());
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("your-lessons")).getElement()
                .getTextRecursively()).contains(onItsPage);
    }

    @Test
    void inThePublishQueueEachButtonSaysWhichLessonItIsFor() {
        String first = "Queue names one " + newOdsCode();
        String second = "Queue names two " + newOdsCode();
        ReviewTask one = awaitTask(pat, TaskKind.PUBLISH, approved(first).id());
        ReviewTask two = awaitTask(pat, TaskKind.PUBLISH, approved(second).id());
        actAs(pat);
        navigate("publish");

        Button publishOne = _get(Button.class, spec -> spec.withId("publish-" + one.id()));
        assertThat(publishOne.getText()).as("the visible words stay short").isEqualTo("Publish");
        assertThat(publishOne.getElement().getAttribute("aria-label")).isEqualTo("Publish: " + first);
        assertThat(_get(Button.class, spec -> spec.withId("publish-" + two.id())).getElement()
                .getAttribute("aria-label")).isEqualTo("Publish: " + second);
        assertThat(_get(Button.class, spec -> spec.withId("send-back-" + two.id())).getElement()
                .getAttribute("aria-label")).isEqualTo("Send back to the author: " + second);
    }

    /** An approved lesson, on its own page, opened by pat once it is in the publish queue. */
    private LessonDetails approvedAndOpenedByPat(String title) {
        LessonDetails lesson = approved(title);
        awaitTask(pat, TaskKind.PUBLISH, lesson.id());
        actAs(pat);
        navigate("lessons/" + lesson.id());
        return lesson;
    }

    private LessonDetails approved(String title) {
        LessonDetails lesson = submitted(title);
        review(first, lesson.id(), ReviewDecision.approve("Ready."));
        review(second, lesson.id(), ReviewDecision.approve("Useful."));
        return lesson;
    }
}
