package org.lessonsportal.portal.base.ui;

import com.vaadin.flow.component.button.Button;

/**
 * Names a button repeated in a list with what it acts on ("Publish: Shared care records"), so someone moving from
 * button to button with a screen reader knows which lesson each one is for. The visible words begin the name
 * (WCAG 2.5.3, label in name); the button's text stays as it is.
 */
public final class ActionNames {

    private ActionNames() {
    }

    /** Gives the button the accessible name "its text: what" and returns it. */
    public static Button naming(Button button, String what) {
        button.getElement().setAttribute("aria-label", button.getText() + ": " + what);
        return button;
    }

    /** Names a button acting on a lesson with the lesson's title ("Untitled lesson" when it has none yet). */
    public static Button forLesson(Button button, String lessonTitle) {
        return naming(button, Formats.title(lessonTitle));
    }
}
