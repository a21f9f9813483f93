package org.lessonsportal.portal.lesson.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.lessonsportal.domain.lesson.LessonContent;

/** The lesson as readers will see it once published, in a dialog (the editor's "Preview"). */
final class LessonPreview {

    private LessonPreview() {
    }

    static void open(LessonContent content) {
        Dialog dialog = new Dialog();
        dialog.setId("lesson-preview");
        dialog.setHeaderTitle(content.title() == null ? "Preview: untitled lesson" : "Preview: " + content.title());
        Paragraph hint = new Paragraph("This is how your lesson will look to readers once it is published.");
        hint.addClassName("hint");
        // the dialog's own content area must not scroll: a scrolling region needs to take the keyboard focus
        Div scroll = new Div(hint, new LessonReader(content, 3, true));
        scroll.addClassName("dialog-scroll");
        scroll.getElement().setAttribute("tabindex", "0");
        scroll.getElement().setAttribute("role", "region");
        scroll.getElement().setAttribute("aria-label", "The lesson as readers will see it");
        dialog.add(scroll);
        Button close = new Button("Close preview", e -> dialog.close());
        close.setId("close-preview");
        dialog.getFooter().add(close);
        dialog.setWidth("min(60rem, 95vw)");
        dialog.open();
    }
}
