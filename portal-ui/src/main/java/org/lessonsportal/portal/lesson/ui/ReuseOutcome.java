package org.lessonsportal.portal.lesson.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import org.lessonsportal.domain.reuse.LessonReuseService;
import org.lessonsportal.domain.reuse.ReuseStage;
import org.lessonsportal.domain.reuse.ReuseView;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.domain.shared.ValidationException;
import org.lessonsportal.portal.base.ui.CharacterCount;
import org.lessonsportal.portal.base.ui.PortalRoutes;

/**
 * How reusing the lesson went, for the organisation that reuses it: asked some months after it started ("How did it
 * go?", by the follow-up timer), or said at any time; once said (or the project is done), an offer to write the
 * organisation's own lesson, which then builds on this one.
 */
class ReuseOutcome extends Div {

    private final LessonReuseService reuses;
    private final ReuseView ours;
    private final Actor actor;
    private final Runnable changed;

    ReuseOutcome(LessonReuseService reuses, ReuseView ours, Actor actor, Runnable changed) {
        this.reuses = reuses;
        this.ours = ours;
        this.actor = actor;
        this.changed = changed;
        setId("reuse-outcome");
        addClassName("reuse-outcome");
        Button tell = new Button(ours.outcome() == null ? "Tell others how it went" : "Change how it went",
                e -> openDialog());
        tell.setId("reuse-tell");
        if (ours.awaitsOutcome()) {
            addClassName("reuse-outcome--asked");
            Paragraph asked = new Paragraph("It is some months since your organisation started using this lesson. "
                    + "How did it go? What you say helps the next organisation, and the one that wrote it.");
            asked.setId("reuse-asked");
            add(asked);
            tell.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else if (ours.outcome() != null) {
            Paragraph said = new Paragraph("You said how it went: \"" + ours.outcome() + "\"");
            said.setId("reuse-said");
            add(said);
        }
        Div actions = new Div(tell);
        actions.addClassName("page-actions");
        if (ours.outcome() != null || ours.stage() == ReuseStage.DONE) {
            Anchor write = new Anchor(PortalRoutes.NEW_LESSON + "?buildsOn=" + ours.lessonId(),
                    "Write your own lesson that builds on this");
            write.setId("reuse-write");
            write.addClassName("button-link");
            actions.add(write);
        }
        add(actions);
    }

    private void openDialog() {
        Dialog dialog = new Dialog();
        dialog.setId("reuse-outcome-dialog");
        dialog.setHeaderTitle("How did it go?");
        TextArea outcome = new TextArea("How reusing this lesson went for your organisation");
        outcome.setId("reuse-outcome-text");
        CharacterCount.show(outcome, LessonReuseService.OUTCOME_MAX, "For example \"Live in four wards in six weeks; "
                + "the training plan saved us a month\". No patient details.");
        outcome.setWidthFull();
        outcome.setValue(ours.outcome() == null ? "" : ours.outcome());
        Button save = new Button("Save", e -> {
            outcome.setInvalid(false);
            try {
                reuses.tellHowItWent(actor, ours.lessonId(), outcome.getValue());
                dialog.close();
                Notification.show("Thank you: other organisations can now read how it went.", 5000,
                        Notification.Position.TOP_CENTER);
                changed.run();
            } catch (ValidationException ex) {
                ReuseSection.show(outcome, ex.messagesFor("outcome"));
            } catch (DomainException ex) {
                Notification.show(ex.getMessage(), 8000, Notification.Position.TOP_CENTER);
            }
        });
        save.setId("reuse-outcome-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> dialog.close());
        dialog.add(outcome);
        dialog.getFooter().add(cancel, save);
        dialog.setWidth("min(36rem, 95vw)");
        dialog.open();
    }
}
