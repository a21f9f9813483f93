package org.lessonsportal.portal.admin.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;

/**
 * The progress of an import running in the background, as the administration's import pages (lessons, ODS files)
 * show it: a line saying what is happening (a status, so screen readers read it out) over the progress bar it labels.
 * Hidden until an import starts.
 */
final class ImportProgressBox extends Div {

    final ProgressBar bar = new ProgressBar();
    private final Span text = new Span();

    ImportProgressBox(String textId) {
        text.setId(textId);
        text.getElement().setAttribute("role", "status");
        bar.getElement().setAttribute("aria-labelledby", textId);
        add(text, bar);
        addClassName("import-progress");
        setVisible(false);
    }

    /** Shown, saying what is happening, with a bar that moves until there is something to measure. */
    void start(String what) {
        bar.setIndeterminate(true);
        text.setText(what);
        setVisible(true);
    }

    /** How far it has got, from 0 to 1, and what that means. */
    void show(double done, String what) {
        bar.setIndeterminate(false);
        bar.setValue(done);
        text.setText(what);
    }
}
