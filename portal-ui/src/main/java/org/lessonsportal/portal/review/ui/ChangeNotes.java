package org.lessonsportal.portal.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.lessonsportal.domain.lesson.FieldChange;

/**
 * One field changed between rounds, shown where it belongs in the lesson: labelled "Changed" (or "Added",
 * "Removed") in words, with the text before and after, so nothing relies on colour.
 */
class ChangeNotes extends Div {

    ChangeNotes(FieldChange change) {
        addClassName("change-note");
        Paragraph title = new Paragraph();
        title.addClassName("change-note__title");
        Span tag = new Span(change.isAdded() ? "Added" : change.isRemoved() ? "Removed" : "Changed");
        tag.addClassNames("tag", "tag--changed");
        title.add(tag, new Span(" " + change.label()));
        add(title);
        if (!change.isAdded()) {
            add(part("Before", change.before(), "change-note__before"));
        }
        if (!change.isRemoved()) {
            add(part("After", change.after(), "change-note__after"));
        }
    }

    private static Div part(String label, String text, String className) {
        Div part = new Div();
        part.addClassName(className);
        Paragraph heading = new Paragraph(label + ":");
        heading.addClassName("change-note__label");
        Paragraph value = new Paragraph(text);
        value.addClassName("prose");
        part.add(heading, value);
        return part;
    }
}
