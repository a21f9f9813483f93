package org.lessonsportal.portal.lesson.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.LessonContent;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.reuse.LessonReuseService;
import org.lessonsportal.domain.reuse.ReuseStage;
import org.lessonsportal.domain.reuse.ReuseView;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.portal.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Organisations using this lesson": a contributor of another organisation says theirs is using it (a refusal keeps
 * what they typed), changes it and stops; the lesson's own organisation is never offered the button. Asked how it
 * went, they say so and start a lesson that builds on it; both pages show the link.
 */
class ReuseSectionTest extends KaribuTest {

    @Autowired
    LessonReuseService reuses;

    @Test
    void anotherOrganisationSaysItIsUsingTheLessonAndEveryoneSeesIt() {
        String home = newOdsCode();
        String other = newOdsCode();
        Long lesson = publishedLesson("Paperless outpatient letters " + other, home,
                ProjectType.ELECTRONIC_PATIENT_RECORD);
        Person carol = signIn("carol", other, Roles.CONTRIBUTOR);

        navigate("lessons/" + lesson);
        assertThat(_get(Paragraph.class, spec -> spec.withId("reuse-count")).getText())
                .isEqualTo("No other organisation has said it is using this lesson yet.");
        _click(_get(Button.class, spec -> spec.withId("reuse-record")));
        TextArea note = _get(TextArea.class, spec -> spec.withId("reuse-note"));
        note.setValue("Our letters go paperless in spring.");
        _click(_get(Button.class, spec -> spec.withId("reuse-save")));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ReuseStage> stage = _get(RadioButtonGroup.class, spec -> spec.withId("reuse-stage"));
        assertThat(stage.isInvalid()).isTrue();
        assertThat(stage.getErrorMessage()).isEqualTo("Say how far your project is.");
        assertThat(note.getValue()).as("kept").isEqualTo("Our letters go paperless in spring.");

        stage.setValue(ReuseStage.UNDER_WAY);
        _click(_get(Button.class, spec -> spec.withId("reuse-save")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("reuse-count")).getText())
                .isEqualTo("1 organisation is using this lesson:");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("reuse-list")).getElement().getTextRecursively())
                .isEqualTo("Test organisation " + other + " (" + other + "): under way. \"Our letters go paperless "
                        + "in spring.\"");
        assertThat(_get(Paragraph.class, spec -> spec.withId("reuse-ours")).getText())
                .isEqualTo("Your organisation said it is using this lesson (under way).");

        signIn("colleague", home, Roles.CONTRIBUTOR);
        navigate("lessons/" + lesson);
        assertThat(_get(Paragraph.class, spec -> spec.withId("reuse-count")).getText())
                .isEqualTo("1 organisation is using this lesson:");
        _assertNone(Button.class, spec -> spec.withId("reuse-record"));

        actAs(carol);
        navigate("lessons/" + lesson);
        _click(_get(Button.class, spec -> spec.withId("reuse-stop")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("reuse-count")).getText())
                .isEqualTo("No other organisation has said it is using this lesson yet.");
        _get(Button.class, spec -> spec.withId("reuse-record"));
    }

    @Test
    void askedHowItWentTheOrganisationSaysSoAndStartsALessonThatBuildsOnIt() {
        String home = newOdsCode();
        String other = newOdsCode();
        String title = "E-prescribing on the wards " + other;
        Long lesson = publishedLesson(title, home, ProjectType.ELECTRONIC_PATIENT_RECORD);
        Person carol = signIn("carol", other, Roles.CONTRIBUTOR);
        ReuseView reuse = reuses.record(carol.actor(), lesson, ReuseStage.UNDER_WAY, null);
        navigate("home");
        _assertNone(Div.class, spec -> spec.withId("how-did-it-go"));

        reuses.askHowItWent(Actor.SYSTEM, reuse.id()); // what the follow-up timer does six months on
        navigate("home");
        assertThat(_get(Div.class, spec -> spec.withId("how-did-it-go")).getElement().getTextRecursively())
                .contains(title);
        navigate("lessons/" + lesson);
        _get(Paragraph.class, spec -> spec.withId("reuse-asked"));
        _assertNone(Anchor.class, spec -> spec.withId("reuse-write"));

        _click(_get(Button.class, spec -> spec.withId("reuse-tell")));
        TextArea outcome = _get(TextArea.class, spec -> spec.withId("reuse-outcome-text"));
        outcome.setValue("Live in four wards in six weeks. Mrs Smith on ward 3 was the first.");
        _click(_get(Button.class, spec -> spec.withId("reuse-outcome-save")));
        assertThat(outcome.isInvalid()).isTrue();
        assertThat(outcome.getErrorMessage()).startsWith("Your answer seems to contain");
        assertThat(outcome.getValue()).as("kept").contains("Mrs Smith");

        outcome.setValue("Live in four wards in six weeks.");
        _click(_get(Button.class, spec -> spec.withId("reuse-outcome-save")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("reuse-said")).getText())
                .isEqualTo("You said how it went: \"Live in four wards in six weeks.\"");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("reuse-list")).getElement().getTextRecursively())
                .endsWith("How it went: \"Live in four wards in six weeks.\"");
        assertThat(_get(Anchor.class, spec -> spec.withId("reuse-write")).getHref())
                .isEqualTo("lessons/new?buildsOn=" + lesson);
        navigate("home");
        _assertNone(Div.class, spec -> spec.withId("how-did-it-go"));

        navigate("lessons/new?buildsOn=" + lesson);
        assertThat(_get(Paragraph.class, spec -> spec.withId("builds-on-note")).getText()).contains(title);
        LessonEditor editor = _get(LessonEditor.class);
        _setValue(editor.form.title, "E-prescribing after Northshire's lesson");
        LessonDetails ours = lessons.get(editor.lessonId(), carol.actor());
        assertThat(ours.buildsOnId()).isEqualTo(lesson);

        navigate("lessons/" + ours.id());
        assertThat(_get(Paragraph.class, spec -> spec.withId("builds-on-base")).getElement().getTextRecursively())
                .isEqualTo("This lesson builds on " + title + ".");
    }

    @Test
    void aLessonAddressThatIsNotAPublishedLessonStartsAnOrdinaryLesson() {
        String home = newOdsCode();
        signIn("alice", home, Roles.CONTRIBUTOR);
        Long draft = lessons.createDraft(person("colleague", home, Roles.CONTRIBUTOR).actor(),
                LessonContent.builder().title("A colleague's draft about fax machines").build()).id();
        for (String address : List.of("lessons/new?buildsOn=" + draft, "lessons/new?buildsOn=999999999",
                "lessons/new?buildsOn=abc")) {
            navigate(address);
            _assertNone(Paragraph.class, spec -> spec.withId("builds-on-note"));
            _get(LessonEditor.class);
        }
    }
}
