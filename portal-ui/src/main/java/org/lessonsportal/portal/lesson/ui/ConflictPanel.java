package org.lessonsportal.portal.lesson.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.lessonsportal.domain.lesson.LessonContent;

/**
 * The warning shown when someone else saved the lesson first, with "Reload the latest version". What the author had
 * typed is not lost: {@link #keptText()} shows it below the form after reloading, to copy back from.
 */
final class ConflictPanel extends Div {

    private final Paragraph message = new Paragraph();
    private final Div keptText = new Div();

    ConflictPanel(Runnable reload) {
        addClassNames("panel", "panel--warning");
        setId("conflict");
        getElement().setAttribute("role", "alert");
        Button reloadButton = new Button("Reload the latest version", e -> reload.run());
        reloadButton.setId("conflict-reload");
        reloadButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(message, new Paragraph("Reloading shows the saved version; what you typed is kept "
                + "below the form so you can copy it back."), reloadButton);
        setVisible(false);
        keptText.setId("kept-text");
    }

    void show(String text) {
        message.setText(text);
        setVisible(true);
    }

    /** Where what the author had typed is kept after reloading (placed below the form). */
    Div keptText() {
        return keptText;
    }

    /** Keeps what the author had typed, replacing what was kept before. */
    void keep(LessonContent mine) {
        keptText.removeAll();
        Details details = new Details("What you had typed before reloading");
        details.setOpened(true);
        details.addClassName("kept-text");
        Paragraph hint = new Paragraph("Copy anything you still need back into the form. This copy disappears when "
                + "you leave the page.");
        hint.addClassName("hint");
        details.add(hint, new LessonReader(mine, 3, true));
        keptText.add(details);
    }
}
