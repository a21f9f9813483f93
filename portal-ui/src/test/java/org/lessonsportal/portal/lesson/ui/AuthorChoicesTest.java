package org.lessonsportal.portal.lesson.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.audit.AuditService;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonState;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.portal.ReviewProcessTest;
import org.lessonsportal.portal.base.ui.ErrorView;
import org.lessonsportal.workflow.notification.NotificationKind;
import org.lessonsportal.workflow.notification.Notifications;
import org.springframework.beans.factory.annotation.Autowired;

/** What an author can do with a lesson after submitting it, and with a draft (issue 12, item 4; ADR 0034). */
class AuthorChoicesTest extends ReviewProcessTest {

    @Autowired
    Notifications notifications;
    @Autowired
    AuditService audit;

    @Test
    void beforeAReviewerOpensItTheAuthorTakesItBackEditsAndResubmits() {
        LessonDetails lesson = submitted("One record for three sites " + newOdsCode());
        awaitBothReviews(lesson.id());

        actAs(author);
        navigate("lessons/" + lesson.id() + "/edit");
        LessonEditorView page = _get(LessonEditorView.class);
        assertThat(page.editor.isEditable()).isFalse();
        assertThat(choicesText()).contains("No reviewer has opened it yet, so you can take it back");
        assertThat(_find(Button.class, spec -> spec.withId("withdraw-lesson"))).hasSize(1);

        _click(_get(Button.class, spec -> spec.withId("take-back-lesson")));
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("take-back-dialog")));

        assertThat(lessons.get(lesson.id(), author.actor()).state()).isEqualTo(LessonState.DRAFT);
        assertThat(page.editor.isEditable()).isTrue();
        for (Person reviewer : List.of(first, second)) {
            assertThat(reviewTasks.openTasks(reviewer.actor())).noneMatch(t -> t.lessonId().equals(lesson.id()));
            assertThat(notifications.list(reviewer.id(), 0, 10)).anySatisfy(n ->
                    assertThat(n.kind()).isEqualTo(NotificationKind.REVIEW_CANCELLED));
        }

        _setValue(page.editor.form.summary, "A summary with the typo fixed, long enough to be a summary.");
        _click(page.editor.submit);

        assertThat(_find(LessonView.class)).hasSize(1);
        assertThat(lessons.get(lesson.id(), author.actor()).state()).isIn(LessonState.SUBMITTED,
                LessonState.IN_REVIEW);
        assertThat(lessons.get(lesson.id(), author.actor()).content().summary()).contains("typo fixed");
    }

    @Test
    void onceAReviewerHasOpenedItTheEditorSaysItIsWithTheReviewersAndOffersWithdrawOnly() {
        LessonDetails lesson = submitted("One record for three sites " + newOdsCode());
        openReview(first, lesson.id());

        actAs(author);
        navigate("lessons/" + lesson.id() + "/edit");

        assertThat(choicesText()).startsWith("This lesson is with its reviewers, so it cannot be changed now.")
                .contains("withdraw");
        assertThat(_find(Button.class, spec -> spec.withId("take-back-lesson"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("withdraw-lesson"))).hasSize(1);
        assertThat(_get(LessonEditorView.class).intro.isVisible()).as("no \"saved as you type\"").isFalse();

        navigate("lessons/" + lesson.id());
        assertThat(_find(Button.class, spec -> spec.withId("take-back-lesson"))).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("withdraw-lesson")));
        assertThat(_get(com.vaadin.flow.component.dialog.Dialog.class, spec -> spec.withId("withdraw-dialog"))
                .getElement().getTextRecursively()).contains("cannot be submitted again")
                .contains("wait for the reviewers");
    }

    @Test
    void theAuthorDeletesADraftItIsGoneFromTheirListsAndKeptInTheAuditTrail() {
        Person writer = signIn("writer", newOdsCode(), Roles.CONTRIBUTOR);
        navigate("lessons/new");
        LessonEditorView page = _get(LessonEditorView.class);
        assertThat(_find(Button.class, spec -> spec.withId("delete-lesson"))).as("nothing to delete yet").isEmpty();
        _setValue(page.editor.form.title, "A draft I no longer want");
        Long id = page.editor.lessonId();
        assertThat(lessons.writtenBy(writer.actor())).extracting(s -> s.id()).contains(id);

        _click(_get(Button.class, spec -> spec.withId("delete-lesson")));
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("delete-dialog")));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("home");
        assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain("A draft I no longer want");
        assertThat(lessons.writtenBy(writer.actor())).extracting(s -> s.id()).doesNotContain(id);
        assertThat(lessons.organisationDrafts(writer.actor())).extracting(s -> s.id()).doesNotContain(id);
        assertThat(audit.forLesson(id)).extracting(e -> e.action()).containsExactly("lesson.created",
                "lesson.deleted");

        navigate("lessons/" + id);
        assertThat(_get(ErrorView.class).getElement().getTextRecursively()).contains("We could not find that lesson.");
    }

    private static String choicesText() {
        return _get(Paragraph.class, spec -> spec.withId("lesson-choices-text")).getText();
    }
}
