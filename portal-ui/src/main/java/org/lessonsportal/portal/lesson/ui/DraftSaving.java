package org.lessonsportal.portal.lesson.ui;

import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.lessonsportal.domain.lesson.LessonContent;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.ConcurrentEditException;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.domain.shared.ValidationException;
import org.lessonsportal.portal.base.ui.ErrorSummary;
import org.lessonsportal.portal.base.ui.ErrorSummary.Problem;
import org.lessonsportal.portal.base.ui.Formats;

/**
 * The lesson editor's saving: the draft is created on the first change and saved again a moment after each pause in
 * typing, against the version it was loaded at, so that a save over someone else's newer one is refused and the
 * conflict shown instead. The status line ("Saved at 14:32", "Not saved: …") says how it went; an empty new form
 * creates no lesson.
 */
final class DraftSaving {

    final Span status = new Span("Nothing to save yet");
    private final LessonService lessons;
    private final Actor actor;
    private final LessonForm form;
    private final FormProblems problems;
    private final ErrorSummary errors;
    private final ConflictPanel conflict;
    private Consumer<Long> created = id -> { };
    private Long lessonId;
    private long version;
    private boolean dirty;
    private boolean inConflict;
    private Instant lastSaved;

    DraftSaving(LessonService lessons, Actor actor, LessonForm form, FormProblems problems, ErrorSummary errors,
            ConflictPanel conflict) {
        this.lessons = lessons;
        this.actor = actor;
        this.form = form;
        this.problems = problems;
        this.errors = errors;
        this.conflict = conflict;
        status.setId("save-status");
        status.getElement().setAttribute("role", "status");
        status.addClassName("save-status");
    }

    void onCreated(Consumer<Long> listener) {
        this.created = listener;
    }

    /** A saved lesson is shown for editing. */
    void loaded(LessonDetails lesson) {
        lessonId = lesson.id();
        version = lesson.version();
        lastSaved = lesson.updatedAt();
        status.setText("Last saved " + Formats.dateTime(lesson.updatedAt()));
    }

    /** The author changed something: saved at once (unless in conflict, which the status repeats). */
    void changed() {
        dirty = true;
        if (inConflict) {
            problem("Not saved: someone else changed this lesson");
        } else {
            save(false);
        }
    }

    /**
     * Saves what the form holds (creating the draft on the first change).
     *
     * @param explicit the author asked for it: problems go to the summary at the top, which takes the focus
     * @return whether it is saved
     */
    boolean save(boolean explicit) {
        if (inConflict) {
            return false;
        }
        if (lessonId != null && !dirty && !explicit) {
            return true;
        }
        LessonContent content = form.read();
        if (lessonId == null && content.equals(LessonContent.empty())) {
            dirty = false;
            status.setText("Nothing to save yet");
            return !explicit; // nothing is lost, and no empty lesson is created
        }
        try {
            boolean isNew = lessonId == null;
            LessonDetails saved = isNew ? lessons.createDraft(actor, content)
                    : lessons.saveDraft(lessonId, actor, content, version);
            lessonId = saved.id();
            version = saved.version();
            dirty = false;
            lastSaved = Instant.now();
            status.setText("Saved at " + Formats.time(lastSaved));
            status.removeClassName("save-status--problem");
            problems.saved();
            problems.show(null);
            if (isNew) {
                created.accept(lessonId);
            }
            return true;
        } catch (ConcurrentEditException e) {
            conflict(e.getMessage());
        } catch (ValidationException e) {
            problem("Not saved: fix the problems marked in the form");
            problems.notSaved(e.errors());
            List<Problem> shown = problems.show(null);
            if (explicit) {
                errors.show("Your latest changes are not saved yet. Fix these problems:", shown);
            }
        } catch (DomainException e) {
            problem("Not saved: " + e.getMessage());
            if (explicit) {
                errors.show(e.getMessage(), List.of());
            }
        }
        return false;
    }

    /** Someone else saved first: nothing more is saved until the author reloads. */
    void conflict(String message) {
        inConflict = true;
        conflict.show(message);
        problem("Not saved: someone else changed this lesson");
    }

    /** The saved version was loaded again: saving starts afresh from it. */
    void reloaded(LessonDetails latest) {
        version = latest.version();
        inConflict = false;
        dirty = false;
        conflict.setVisible(false);
        lastSaved = latest.updatedAt();
        status.setText("Reloaded the version saved at " + Formats.time(latest.updatedAt()));
        status.removeClassName("save-status--problem");
    }

    /** Nothing is left to save (the lesson was submitted or deleted). */
    void done() {
        dirty = false;
    }

    private void problem(String text) {
        status.setText(text);
        status.addClassName("save-status--problem");
    }

    Long lessonId() {
        return lessonId;
    }

    long version() {
        return version;
    }

    boolean isDirty() {
        return dirty;
    }

    boolean isInConflict() {
        return inConflict;
    }

    Instant lastSaved() {
        return lastSaved;
    }
}
