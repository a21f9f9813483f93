package org.lessonsportal.portal.lesson.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.time.Instant;
import org.lessonsportal.portal.base.ui.Formats;

/**
 * Asks before someone leaves the lesson editor with changes that could not be saved (someone else saved first, or
 * the text has a problem): staying is the default, leaving loses the changes made since the last save.
 */
final class UnsavedChangesDialog {

    private UnsavedChangesDialog() {
    }

    /**
     * @param lastSaved when the lesson was last saved, or {@code null}
     * @param leave     runs when the person chooses to leave anyway
     */
    static void open(Instant lastSaved, Runnable leave) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("unsaved-dialog");
        confirm.setHeader("Your latest changes are not saved");
        confirm.setText("If you leave this page now, the changes you made" + (lastSaved == null ? ""
                : " since " + Formats.time(lastSaved)) + " will be lost.");
        confirm.setCancelable(true);
        confirm.setCancelText("Stay on this page");
        confirm.setConfirmText("Leave without saving");
        confirm.addConfirmListener(e -> leave.run());
        confirm.open();
    }
}
