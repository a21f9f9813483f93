package org.lessonsportal.portal.lesson.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.LessonContent;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonState;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.portal.KaribuTest;
import org.lessonsportal.portal.base.ui.ErrorView;
import org.lessonsportal.testsupport.LessonTestData;

class LessonEditorViewTest extends KaribuTest {

    /** The author {@link #signInAndStartALesson} signed in. */
    Person author;

    @Test
    void typingSavesTheDraftAndSaysWhen() {
        LessonEditor editor = signInAndStartALesson();
        assertThat(editor.lessonId()).isNull();
        assertThat(editor.saveStatus()).isEqualTo("Nothing to save yet");

        _setValue(editor.form.title, "Moving to one electronic patient record");

        assertThat(editor.lessonId()).isNotNull();
        assertThat(editor.saveStatus()).matches("Saved at \\d\\d:\\d\\d");
        LessonDetails saved = lessons.get(editor.lessonId(), author.actor());
        assertThat(saved.title()).isEqualTo("Moving to one electronic patient record");
        assertThat(saved.state()).isEqualTo(LessonState.DRAFT);

        _setValue(editor.form.context, "Three sites each had their own system.");
        assertThat(lessons.get(editor.lessonId(), author.actor()).content().context())
                .isEqualTo("Three sites each had their own system.");
        assertThat(lessons.writtenBy(author.actor())).hasSize(1);
    }

    @Test
    void textOverItsLimitIsKeptWholeCountedAndRefusedWithAMessageByTheField() {
        LessonEditor editor = signInAndStartALesson();
        _setValue(editor.form.title, "Moving to one electronic patient record");
        assertThat(editor.form.summary.getHelperText()).endsWith("0 of 1,200 characters.");
        String pasted = "We moved three sites onto one record over a weekend. ".repeat(60);

        _setValue(editor.form.summary, pasted);

        assertThat(editor.form.summary.getValue()).as("nothing cut").isEqualTo(pasted);
        assertThat(editor.form.summary.getHelperText())
                .endsWith(String.format(java.util.Locale.UK, "%,d of 1,200 characters: %,d too many.",
                        pasted.length(), pasted.length() - 1200));
        assertThat(editor.form.summary.isInvalid()).isTrue();
        assertThat(editor.form.summary.getErrorMessage()).isEqualTo("Summary must be 1,200 characters or fewer");
        assertThat(editor.saveStatus()).startsWith("Not saved");
        assertThat(lessons.get(editor.lessonId(), author.actor()).content().summary())
                .as("the saved draft is unchanged")
                .isNull();

        _setValue(editor.form.summary, pasted.substring(0, 590));
        assertThat(editor.saveStatus()).matches("Saved at \\d\\d:\\d\\d");
        assertThat(editor.form.summary.isInvalid()).isFalse();
    }

    @Test
    void anIncompleteLessonShowsEachProblemAtItsFieldAndInASummaryAndKeepsWhatWasTyped() {
        LessonEditor editor = signInAndStartALesson();
        _setValue(editor.form.title, "Too short");

        _click(editor.submit);

        assertThat(editor.errorSummary().isVisible()).isTrue();
        assertThat(editor.errorSummary().problems()).contains("Title must be at least 10 characters",
                "Enter a summary", "Choose the type of project", "Choose at least one care setting",
                "Describe the context of the project", "Add at least one challenge the project met");
        assertThat(editor.form.title.isInvalid()).isTrue();
        assertThat(editor.form.title.getErrorMessage()).isEqualTo("Title must be at least 10 characters");
        assertThat(editor.form.summary.getErrorMessage()).isEqualTo("Enter a summary");
        assertThat(editor.form.settings.isInvalid()).isTrue();
        assertThat(editor.form.title.getValue()).isEqualTo("Too short");
        assertThat(_get(LessonEditorView.class)).isNotNull();
    }

    @Test
    void submitShowsMissingPartsAndPatientDataTogether() {
        LessonEditor editor = signInAndStartALesson();
        _setValue(editor.form.title, "Too short");
        _setValue(editor.form.context, "We tested with the record of 943 476 5919 before go-live.");

        _click(editor.submit);

        assertThat(editor.errorSummary().problems()).contains("Title must be at least 10 characters",
                "Enter a summary", "Add at least one challenge the project met");
        assertThat(editor.errorSummary().problems()).anySatisfy(p -> assertThat(p).contains("NHS number")
                .contains("943 476 5919"));
        assertThat(editor.form.title.getErrorMessage()).isEqualTo("Title must be at least 10 characters");
        assertThat(editor.form.context.isInvalid()).isTrue();
        assertThat(editor.form.context.getErrorMessage()).contains("NHS number");

        _setValue(editor.form.title, "Moving three sites onto one record");
        assertThat(editor.form.title.isInvalid()).as("a fixed field loses its message as the author types")
                .isFalse();
        assertThat(editor.form.context.getErrorMessage()).contains("NHS number");
    }

    @Test
    void typingAnNhsNumberShowsTheFindingByTheFieldWithoutSubmitting() {
        LessonEditor editor = signInAndStartALesson();

        _setValue(editor.form.context, "The first record we moved was 943 476 5919.");

        assertThat(editor.form.context.isInvalid()).isTrue();
        assertThat(editor.form.context.getErrorMessage()).isEqualTo("Context contains what looks like an NHS "
                + "number: \"943 476 5919\". Remove it, or confirm it is not patient information.");
        assertThat(editor.errorSummary().isVisible()).as("no summary, no interruption").isFalse();
        assertThat(editor.saveStatus()).matches("Saved at \\d\\d:\\d\\d");

        _setValue(editor.form.summary, "Mrs Jones lives at 12 Acacia Avenue and had two records.");
        assertThat(editor.form.summary.getErrorMessage()).contains("a street address next to a person")
                .contains("12 Acacia Avenue");

        _setValue(editor.form.context, "The first record we moved was a test record.");
        assertThat(editor.form.context.isInvalid()).isFalse();
    }

    @Test
    void submitOnAnEmptyFormShowsWhatIsNeededAndCreatesNothing() {
        LessonEditor editor = signInAndStartALesson();

        _click(editor.submit);

        assertThat(editor.errorSummary().problems()).contains("Enter a title", "Enter a summary");
        assertThat(editor.form.title.getErrorMessage()).isEqualTo("Enter a title");
        assertThat(editor.lessonId()).isNull();
        assertThat(lessons.writtenBy(author.actor())).isEmpty();

        _setValue(editor.form.title, "Typed");
        _setValue(editor.form.title, "");
        assertThat(lessons.writtenBy(author.actor())).as("typing and deleting it again saves the draft once")
                .hasSize(1);
    }

    @Test
    void aChallengeProblemIsShownOnThatChallengesField() {
        LessonEditor editor = signInAndStartALesson();
        ChallengeEditor first = editor.form.challengeEditors().get(0);
        _setValue(first.description, "Legacy data had duplicates.");
        _click(_get(Button.class, spec -> spec.withId("add-challenge")));
        assertThat(editor.form.challengeEditors()).hasSize(2);

        _click(editor.submit);

        assertThat(first.type.isInvalid()).isTrue();
        assertThat(first.type.getErrorMessage()).isEqualTo("Challenge 1: choose the type of challenge");
        assertThat(first.resolution.getErrorMessage()).isEqualTo("Challenge 1: describe how it was resolved");
        assertThat(editor.form.challengeEditors().get(1).type.isInvalid()).isFalse();
    }

    @Test
    void patientInformationIsFlaggedAtItsFieldAndTheAuthorCanConfirmItIsNot() {
        LessonEditor editor = signInAndStartALesson();
        LessonContent complete = LessonTestData.complete("Moving three sites onto one record");
        editor.form.write(complete.toBuilder()
                .context("We tested with the training record 943 476 5919 before go-live.").build());
        assertThat(editor.save(true)).isTrue();

        _click(editor.submit);

        assertThat(editor.errorSummary().problems()).anySatisfy(p -> assertThat(p).contains("NHS number")
                .contains("943 476 5919"));
        assertThat(editor.form.context.isInvalid()).isTrue();
        assertThat(editor.form.context.getErrorMessage()).contains("NHS number");
        assertThat(lessons.get(editor.lessonId(), author.actor()).state()).isEqualTo(LessonState.DRAFT);

        _click(_get(Button.class, spec -> spec.withText("It is not patient information")));
        _setValue(_get(TextArea.class, spec -> spec.withId("reason")), "It is a made-up number for training.");
        _click(_get(Button.class, spec -> spec.withId("reason-confirm")));
        assertThat(editor.errorSummary().isVisible()).isFalse();
        assertThat(editor.form.context.isInvalid()).isFalse();

        _click(editor.submit);

        LessonView page = _get(LessonView.class);
        assertThat(page).isNotNull();
        assertThat(lessons.get(editor.lessonId(), author.actor()).state()).isIn(LessonState.SUBMITTED,
                LessonState.IN_REVIEW);
    }

    @Test
    void whenSomeoneElseSavedFirstTheAuthorCanReloadWithoutLosingWhatTheyTyped() {
        Person author = signIn("author", newOdsCode(), Roles.CONTRIBUTOR);
        LessonDetails draft = lessons.createDraft(author.actor(), LessonContent.builder()
                .title("Paperless outpatients at two sites").build());
        navigate("lessons/" + draft.id() + "/edit");
        LessonEditor editor = _get(LessonEditorView.class).editor;
        // the same author, in another tab
        lessons.saveDraft(draft.id(), author.actor(), LessonContent.builder()
                .title("Paperless outpatients at three sites").build(), draft.version());

        _setValue(editor.form.context, "What I typed in this tab.");

        assertThat(editor.isInConflict()).isTrue();
        assertThat(_get(Div.class, spec -> spec.withId("conflict")).isVisible()).isTrue();
        assertThat(editor.saveStatus()).startsWith("Not saved");
        assertThat(editor.form.context.getValue()).isEqualTo("What I typed in this tab.");

        _click(_get(Button.class, spec -> spec.withId("conflict-reload")));

        assertThat(editor.isInConflict()).isFalse();
        assertThat(editor.form.title.getValue()).isEqualTo("Paperless outpatients at three sites");
        assertThat(_get(Div.class, spec -> spec.withId("kept-text")).getElement().getTextRecursively())
                .contains("What I typed in this tab.");
        _setValue(editor.form.context, "Typed again after reloading.");
        assertThat(lessons.get(draft.id(), author.actor()).content().context())
                .isEqualTo("Typed again after reloading.");
    }

    @Test
    void aDraftOfAnotherOrganisationIsNotFound() {
        Person other = person("other", newOdsCode(), Roles.CONTRIBUTOR);
        LessonDetails theirs = lessons.createDraft(other.actor(), LessonContent.builder()
                .title("Their draft, not mine to see").build());
        signIn("author", newOdsCode(), Roles.CONTRIBUTOR);

        navigate("lessons/" + theirs.id() + "/edit");

        assertThat(_get(ErrorView.class).getElement().getTextRecursively()).contains("Not found")
                .contains("We could not find that lesson.");
    }

    @Test
    void theFormHasHelpTextUnderEveryField() {
        LessonForm form = signInAndStartALesson().form;
        assertThat(form.title.getHelperText()).contains("10 and 200 characters");
        assertThat(form.context.getHelperText()).contains("Do not include anything that could identify a patient");
        assertThat(form.technologies.getHelperText()).contains("type your own");
        assertThat(form.challengeEditors().get(0).resolution.getHelperText()).isNotBlank();
    }

    /** Signs an author in and opens the editor on a new lesson. */
    private LessonEditor signInAndStartALesson() {
        author = signIn("author", newOdsCode(), Roles.CONTRIBUTOR);
        navigate("lessons/new");
        return _get(LessonEditorView.class).editor;
    }
}
