package org.lessonsportal.portal.lesson.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.lessonsportal.domain.reuse.LessonReuseService;
import org.lessonsportal.domain.reuse.ReuseStage;
import org.lessonsportal.domain.reuse.ReuseView;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.domain.shared.ValidationException;
import org.lessonsportal.portal.base.ui.CharacterCount;

/**
 * "Organisations using this lesson" on a published lesson's page: how many organisations say they are reusing it,
 * which, how far they are, what they say and how it went; for a contributor of another organisation, "We are using
 * this" (or change what their organisation said, or say it stopped), and once it has, how it went
 * ({@link ReuseOutcome}). The dialogs keep what was typed when it is refused. After each change the section is
 * redrawn and its heading takes the focus, so keyboard and screen-reader users stay in place.
 */
class ReuseSection extends Div {

    private final LessonReuseService reuses;
    private final Long lessonId;
    private final Actor actor;
    private final boolean mayRecord;

    ReuseSection(LessonReuseService reuses, Long lessonId, Actor actor, boolean mayRecord) {
        this.reuses = reuses;
        this.lessonId = lessonId;
        this.actor = actor;
        this.mayRecord = mayRecord;
        setId("reuse");
        addClassName("lesson-reuse");
        fill();
    }

    private void fill() {
        removeAll();
        H2 heading = new H2("Organisations using this lesson");
        heading.setId("reuse-heading");
        heading.getElement().setAttribute("tabindex", "-1");
        add(heading);
        List<ReuseView> reusers = reuses.reusersOf(lessonId, actor);
        Paragraph count = new Paragraph(countSentence(reusers.size()));
        count.setId("reuse-count");
        add(count);
        if (!reusers.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.setId("reuse-list");
            for (ReuseView reuse : reusers) {
                list.add(new ListItem(reuse.organisation() + ": " + reuse.stage().label().toLowerCase(
                        Locale.UK) + (reuse.note() == null ? "." : ". \"" + reuse.note() + "\"")
                        + (reuse.outcome() == null ? "" : " How it went: \"" + reuse.outcome() + "\"")));
            }
            add(list);
        }
        Optional<ReuseView> ours = reuses.ours(lessonId, actor);
        if (ours.isPresent()) {
            Paragraph said = new Paragraph("Your organisation said it is using this lesson ("
                    + ours.get().stage().label().toLowerCase(Locale.UK) + ").");
            said.setId("reuse-ours");
            add(said, new ReuseOutcome(reuses, ours.get(), actor, this::changed));
            Div actions = new Div();
            actions.addClassName("page-actions");
            if (mayRecord) {
                Button change = new Button("Change what we said", e -> openDialog(ours));
                change.setId("reuse-change");
                actions.add(change);
            }
            Button stop = new Button("We have stopped using it", e -> {
                try {
                    reuses.stop(actor, lessonId);
                    Notification.show("Your organisation no longer shows as using this lesson.", 5000,
                            Notification.Position.TOP_CENTER);
                } catch (DomainException ex) {
                    Notification.show(ex.getMessage(), 8000, Notification.Position.TOP_CENTER);
                }
                changed();
            });
            stop.setId("reuse-stop");
            stop.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(stop);
            add(actions);
        } else if (mayRecord) {
            Button using = new Button("We are using this", e -> openDialog(Optional.empty()));
            using.setId("reuse-record");
            using.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Div actions = new Div(using);
            actions.addClassName("page-actions");
            add(actions);
        }
    }

    /** Redraws the section after a change and puts the focus on its heading. */
    private void changed() {
        fill();
        getChildren().findFirst().ifPresent(heading -> heading.getElement().callJsFunction("focus"));
    }

    static String countSentence(int organisations) {
        return switch (organisations) {
            case 0 -> "No other organisation has said it is using this lesson yet.";
            case 1 -> "1 organisation is using this lesson:";
            default -> organisations + " organisations are using this lesson:";
        };
    }

    private void openDialog(Optional<ReuseView> ours) {
        Dialog dialog = new Dialog();
        dialog.setId("reuse-dialog");
        dialog.setHeaderTitle("Your organisation is using this lesson");
        dialog.add(new Paragraph("Other organisations will see that yours is using this lesson, so they can ask how "
                + "it went. The author's organisation will know their lesson helped."));
        RadioButtonGroup<ReuseStage> stage = new RadioButtonGroup<>("How far is your project?");
        stage.setId("reuse-stage");
        stage.setItems(ReuseStage.values());
        stage.setItemLabelGenerator(ReuseStage::label);
        stage.setRequiredIndicatorVisible(true);
        TextArea note = new TextArea("What you are using it for (optional)");
        note.setId("reuse-note");
        CharacterCount.show(note, LessonReuseService.NOTE_MAX, "For example \"Our e-prescribing go-live in "
                + "spring\". No patient details.");
        note.setWidthFull();
        ours.ifPresent(r -> {
            stage.setValue(r.stage());
            note.setValue(r.note() == null ? "" : r.note());
        });
        Button save = new Button("Save", e -> {
            stage.setInvalid(false);
            note.setInvalid(false);
            try {
                reuses.record(actor, lessonId, stage.getValue(), note.getValue());
                dialog.close();
                Notification.show("Saved: your organisation shows as using this lesson.", 5000,
                        Notification.Position.TOP_CENTER);
                changed();
            } catch (ValidationException ex) {
                show(stage, ex.messagesFor("stage"));
                show(note, ex.messagesFor("note"));
            } catch (DomainException ex) {
                Notification.show(ex.getMessage(), 8000, Notification.Position.TOP_CENTER);
            }
        });
        save.setId("reuse-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> dialog.close());
        cancel.setId("reuse-cancel");
        dialog.add(stage, note);
        dialog.getFooter().add(cancel, save);
        dialog.setWidth("min(36rem, 95vw)");
        dialog.open();
    }

    /** Shows the service's messages for one field under it, as a sentence. */
    static void show(HasValidation field, List<String> messages) {
        if (!messages.isEmpty()) {
            String text = String.join(". ", messages);
            field.setErrorMessage(Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".");
            field.setInvalid(true);
        }
    }
}
