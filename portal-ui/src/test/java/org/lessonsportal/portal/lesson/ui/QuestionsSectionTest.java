package org.lessonsportal.portal.lesson.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.question.QuestionService;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.portal.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Questions to the team": someone of another organisation asks (a refusal for patient data keeps what they typed),
 * a colleague of the lesson's organisation answers and opts in to hear of questions, someone reports the answer and
 * a publisher hides it with a reason; buttons say which answer or question they act on.
 */
class QuestionsSectionTest extends KaribuTest {

    @Autowired
    QuestionService questions;

    @Test
    void anotherOrganisationAsksTheTeamAnswersSomeoneReportsAndAPublisherHides() {
        String home = newOdsCode();
        String other = newOdsCode();
        Long lesson = publishedLesson("Digital outpatient letters " + other, home,
                ProjectType.ELECTRONIC_PATIENT_RECORD);

        Person carol = signIn("carol", other, Roles.CONTRIBUTOR);
        navigate("lessons/" + lesson);
        assertThat(_get(Paragraph.class, spec -> spec.withId("questions-none")).getText())
                .isEqualTo("Nobody has asked a question about this lesson yet.");
        _assertNone(Checkbox.class, spec -> spec.withId("questions-tell-me"));
        TextArea question = _get(TextArea.class, spec -> spec.withId("question-text"));
        _setValue(question, "Did Mrs Smith, NHS number 943 476 5919, get her letters?");
        assertThat(question.getHelperText()).isEqualTo("No patient details. 56 of 1,000 characters.");
        _click(_get(Button.class, spec -> spec.withId("question-ask")));
        assertThat(question.isInvalid()).isTrue();
        assertThat(question.getErrorMessage()).startsWith("Your question seems to contain an NHS number");
        assertThat(question.getValue()).as("kept").isEqualTo("Did Mrs Smith, NHS number 943 476 5919, get her "
                + "letters?");

        _setValue(question, "How did you tell patients about the change?");
        _click(_get(Button.class, spec -> spec.withId("question-ask")));
        Div list = _get(Div.class, spec -> spec.withId("questions-list"));
        assertThat(list.getElement().getTextRecursively()).contains("How did you tell patients about the change?",
                "Test carol", "Test organisation " + other, "Not answered yet.");
        _assertNone(Button.class, spec -> spec.withText("Answer"));
        Long questionId = questions.questionsOf(lesson, carol.actor()).get(0).id();

        Person colleague = signIn("colleague", home, Roles.CONTRIBUTOR);
        navigate("lessons/" + lesson);
        _assertNone(TextArea.class, spec -> spec.withId("question-text"));
        Checkbox tell = _get(Checkbox.class, spec -> spec.withId("questions-tell-me"));
        assertThat(tell.getValue()).as("off by default").isFalse();
        _setValue(tell, true);
        assertThat(questions.tellsMeAboutQuestions(colleague.actor())).isTrue();
        Button answer = _get(Button.class, spec -> spec.withId("question-answer-" + questionId));
        assertThat(answer.getAriaLabel().orElseThrow())
                .isEqualTo("Answer the question: How did you tell patients about the change?");
        _click(answer);
        TextArea text = _get(TextArea.class, spec -> spec.withId("answer-text"));
        _click(_get(Button.class, spec -> spec.withId("answer-send")));
        assertThat(text.getErrorMessage()).isEqualTo("Write your answer.");
        _setValue(text, "A letter to every patient a month before, and posters in clinics.");
        _click(_get(Button.class, spec -> spec.withId("answer-send")));
        assertThat(_get(H3.class, spec -> spec.withText("Question from Test carol, Test organisation " + other)))
                .as("a short heading for each question").isNotNull();
        Long answerId = questions.get(questionId, colleague.actor()).answers().get(0).id();
        assertThat(_get(Div.class, spec -> spec.withId("answer-" + answerId)).getElement().getTextRecursively())
                .contains("A letter to every patient a month before, and posters in clinics.", "Answered by Test "
                        + "colleague");

        signIn("dave", other, Roles.REVIEWER);
        navigate("lessons/" + lesson);
        Button report = _get(Button.class, spec -> spec.withId("answer-report-" + answerId));
        assertThat(report.getAriaLabel().orElseThrow())
                .isEqualTo("Report the answer by Test colleague to: How did you tell patients about the change?");
        _assertNone(Button.class, spec -> spec.withId("answer-hide-" + answerId));
        _click(report);
        _setValue(_get(TextArea.class, spec -> spec.withId("report-reason")), "It does not say how long it took.");
        _click(_get(Button.class, spec -> spec.withId("report-send")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("answer-reported-" + answerId)).getText())
                .isEqualTo("You reported this answer.");

        signIn("penny", newOdsCode(), Roles.PUBLISHER);
        navigate("lessons/" + lesson);
        assertThat(_get(Div.class, spec -> spec.withId("answer-" + answerId)).getElement().getTextRecursively())
                .contains("Reported by 1 person.");
        Button hide = _get(Button.class, spec -> spec.withId("answer-hide-" + answerId));
        assertThat(hide.getAriaLabel().orElseThrow()).startsWith("Hide the answer by Test colleague to:");
        _click(hide);
        TextArea reason = _get(TextArea.class, spec -> spec.withId("hide-reason"));
        _setValue(reason, "no");
        _click(_get(Button.class, spec -> spec.withId("hide-send")));
        assertThat(reason.getErrorMessage()).isEqualTo("Say why the answer is hidden.");
        assertThat(reason.getValue()).as("kept").isEqualTo("no");
        _setValue(reason, "Answered elsewhere in the lesson; reported as unhelpful.");
        _click(_get(Button.class, spec -> spec.withId("hide-send")));
        _assertNone(Div.class, spec -> spec.withId("answer-" + answerId));
        assertThat(_get(Div.class, spec -> spec.withId("question-" + questionId)).getElement().getTextRecursively())
                .contains("Not answered yet.");
    }
}
