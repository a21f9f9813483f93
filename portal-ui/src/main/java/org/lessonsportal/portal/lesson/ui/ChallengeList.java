package org.lessonsportal.portal.lesson.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lessonsportal.domain.lesson.Challenge;
import org.lessonsportal.domain.lesson.LessonValidator;

/**
 * The lesson form's challenges: a block per challenge, added and removed at will (up to the domain's limit), with a
 * message above them for problems that concern the list as a whole. Only blocks with something in them are
 * challenges: the domain's {@code challenges[i]} is the i-th filled block, so an untouched block is skipped both when
 * reading and when a problem is shown.
 */
final class ChallengeList extends Div {

    private static final Pattern CHALLENGE_KEY = Pattern.compile("challenges\\[(\\d+)](?:\\.(\\w+))?");

    final Button addChallenge = new Button("Add another challenge");
    private final Paragraph error = new Paragraph();
    private final List<ChallengeEditor> editors = new ArrayList<>();
    private final FormFields fields;
    private final Runnable changed;

    ChallengeList(FormFields fields, Runnable changed) {
        this.fields = fields;
        this.changed = changed;
        error.addClassName("error-text");
        error.setId("challenges-error");
        error.setVisible(false);
        addClassName("challenge-editors");
        addChallenge.setId("add-challenge");
        addChallenge.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        addChallenge.addClickListener(e -> {
            ChallengeEditor editor = addEditor(new Challenge(null, null, null));
            editor.type.focus();
            changed.run();
        });
    }

    /** Puts the list with its message and its "Add" button into the section. */
    void placeIn(HasComponents section) {
        section.add(error, this, addChallenge);
    }

    /** Replaces the blocks; no challenges gives one empty block to start with. */
    void write(List<Challenge> challenges) {
        editors.clear();
        removeAll();
        List<Challenge> given = challenges.isEmpty() ? List.of(new Challenge(null, null, null)) : challenges;
        given.forEach(this::addEditor);
    }

    /** The challenges the blocks hold, untouched blocks left out. */
    List<Challenge> read() {
        return filled().stream().map(ChallengeEditor::read).toList();
    }

    /**
     * The field for a domain key about one challenge ({@code challenges[1].description}: the second filled block's
     * description; {@code challenges[1]}: its type), or the "Add" button when there is no such challenge (the list
     * as a whole is concerned: too few, for example). Empty for keys about something else.
     */
    Optional<Component> fieldFor(String key) {
        Matcher challenge = CHALLENGE_KEY.matcher(key);
        if (!challenge.matches()) {
            return Optional.empty();
        }
        int index = Integer.parseInt(challenge.group(1));
        List<ChallengeEditor> filled = filled();
        return Optional.of(index >= filled.size() ? addChallenge : filled.get(index).field(challenge.group(2)));
    }

    /** Where a problem with the challenges as a whole goes: the first block's type, or the "Add" button. */
    Component first() {
        return editors.isEmpty() ? addChallenge : editors.get(0).type;
    }

    void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    void clearError() {
        error.setVisible(false);
    }

    List<ChallengeEditor> editors() {
        return List.copyOf(editors);
    }

    List<Component> fields() {
        return editors.stream().flatMap(editor -> editor.fields().stream()).toList();
    }

    private List<ChallengeEditor> filled() {
        return editors.stream().filter(c -> !c.isBlank()).toList();
    }

    private ChallengeEditor addEditor(Challenge challenge) {
        ChallengeEditor editor = new ChallengeEditor(challenge, fields, this::removeEditor);
        editors.add(editor);
        add(editor);
        renumber();
        return editor;
    }

    private void removeEditor(ChallengeEditor editor) {
        editors.remove(editor);
        remove(editor);
        renumber();
        addChallenge.focus();
        changed.run();
    }

    private void renumber() {
        for (int i = 0; i < editors.size(); i++) {
            editors.get(i).number(i + 1, editors.size() > 1);
        }
        addChallenge.setText(editors.isEmpty() ? "Add a challenge" : "Add another challenge");
        addChallenge.setEnabled(editors.size() < LessonValidator.CHALLENGES_MAX);
    }
}
