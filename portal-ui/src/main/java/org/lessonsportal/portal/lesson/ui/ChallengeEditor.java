package org.lessonsportal.portal.lesson.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Consumer;
import org.lessonsportal.domain.lesson.Challenge;
import org.lessonsportal.domain.lesson.LessonValidator;
import org.lessonsportal.domain.taxonomy.ChallengeType;

/**
 * One challenge of the lesson form: its type, what happened and how it was resolved. Its ids and heading follow its
 * number in the list ({@code challenge-2-type}, "Challenge 2"), given again whenever a challenge is added or removed.
 */
final class ChallengeEditor extends Div {

    final H3 heading = new H3();
    final ComboBox<ChallengeType> type = new ComboBox<>("Type of challenge");
    final TextArea description = new TextArea("What happened");
    final TextArea resolution = new TextArea("How it was resolved");
    final Button remove = new Button();

    ChallengeEditor(Challenge challenge, FormFields fields, Consumer<ChallengeEditor> onRemove) {
        addClassName("challenge-editor");
        getElement().setAttribute("role", "group");
        fields.choice(type, null, ChallengeType.values(), "The kind of problem it was.");
        fields.text(description, null, LessonValidator.CHALLENGE_TEXT_MAX, "What went wrong or was hard.");
        fields.text(resolution, null, LessonValidator.CHALLENGE_TEXT_MAX,
                "What you did about it, or how you lived with it.");
        description.setMinHeight("6rem");
        resolution.setMinHeight("6rem");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.addClickListener(e -> onRemove.accept(this));
        type.setValue(challenge.type());
        description.setValue(FormFields.nonNull(challenge.description()));
        resolution.setValue(FormFields.nonNull(challenge.resolution()));
        add(heading, type, description, resolution, remove);
    }

    void number(int n, boolean removable) {
        heading.setText("Challenge " + n);
        heading.setId("challenge-" + n + "-heading");
        getElement().setAttribute("aria-labelledby", "challenge-" + n + "-heading");
        type.setId("challenge-" + n + "-type");
        description.setId("challenge-" + n + "-description");
        resolution.setId("challenge-" + n + "-resolution");
        remove.setId("challenge-" + n + "-remove");
        remove.setText("Remove challenge " + n);
        remove.setVisible(removable);
    }

    Challenge read() {
        return new Challenge(type.getValue(), description.getValue(), resolution.getValue());
    }

    boolean isBlank() {
        Challenge challenge = read();
        return challenge.type() == null && challenge.description() == null && challenge.resolution() == null;
    }

    /** The field for a part of the challenge's domain key ({@code description}, {@code resolution}, else the type). */
    Component field(String part) {
        return switch (part == null ? "type" : part) {
            case "description" -> description;
            case "resolution" -> resolution;
            default -> type;
        };
    }

    List<Component> fields() {
        return List.of(type, description, resolution);
    }
}
