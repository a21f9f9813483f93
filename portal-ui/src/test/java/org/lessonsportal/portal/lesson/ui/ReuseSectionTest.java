package org.lessonsportal.portal.lesson.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.reuse.ReuseStage;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.domain.taxonomy.Region;
import org.lessonsportal.domain.taxonomy.Setting;
import org.lessonsportal.portal.KaribuTest;

/**
 * "Organisations using this lesson": a contributor of another organisation says theirs is using it (a refusal keeps
 * what they typed), changes it and stops; the lesson's own organisation is never offered the button.
 */
class ReuseSectionTest extends KaribuTest {

    @Test
    void anotherOrganisationSaysItIsUsingTheLessonAndEveryoneSeesIt() {
        String home = newOdsCode();
        String other = newOdsCode();
        Long lesson = publishedLesson("Paperless outpatient letters " + other, home, ProjectType.ELECTRONIC_PATIENT_RECORD,
                Setting.ACUTE, Region.LONDON);
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
}
