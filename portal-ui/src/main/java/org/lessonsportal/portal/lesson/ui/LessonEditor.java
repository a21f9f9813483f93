package org.lessonsportal.portal.lesson.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeLeaveEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.lessonsportal.domain.lesson.LessonContent;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonPolicy.Action;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.lesson.LessonValidator;
import org.lessonsportal.domain.lesson.PatientDataException;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.ConcurrentEditException;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.domain.shared.ValidationException;
import org.lessonsportal.portal.base.ui.ErrorSummary;
import org.lessonsportal.portal.base.ui.ErrorSummary.Problem;
import org.lessonsportal.portal.base.ui.Formats;

/**
 * The lesson form with everything around it: saving automatically a moment after the author stops typing (and when
 * they leave), "Saved at 14:32" showing it worked, a warning with "Reload" when someone else saved first (what was
 * typed stays on the page), a preview, and submission with problems shown next to their fields and in a summary at
 * the top, where the author can also confirm that something flagged is not patient information. Used to write a
 * lesson and to revise it after review.
 */
public class LessonEditor extends Div {

    /** Sends the saved lesson on (submit, resubmit); throws the domain's exceptions to refuse. */
    @FunctionalInterface
    public interface Submitter {
        LessonDetails submit(Long lessonId, long version);
    }

    private final LessonService lessons;
    private final Actor actor;
    private final Submitter submitter;
    private final Consumer<LessonDetails> submitted;

    private final Span saveStatus = new Span("Nothing to save yet");
    private final Div conflict = new Div();
    private final Paragraph conflictMessage = new Paragraph();
    private final ErrorSummary errors = new ErrorSummary();
    private final Div keptText = new Div();
    private final Div blocked = new Div();
    private final Div editing = new Div();
    final LessonForm form = new LessonForm();
    private final FormProblems problems;
    final Button submit;
    final Button preview = new Button("Preview");
    final Button saveNow = new Button("Save draft");

    private Consumer<Long> created = id -> { };
    private Function<LessonDetails, Component> explainer = AuthorChoices::stateOnly;
    private Component extraAction;
    private final Div actions;
    private Long lessonId;
    private long version;
    private boolean dirty;
    private boolean inConflict;
    private boolean finished;
    private Instant lastSaved;

    /**
     * @param submitText what the submit button says
     * @param submitted  called after a successful submission (say so, go somewhere)
     */
    public LessonEditor(LessonService lessons, Actor actor, String submitText, Submitter submitter,
            Consumer<LessonDetails> submitted) {
        this.lessons = lessons;
        this.actor = actor;
        this.submitter = submitter;
        this.submitted = submitted;
        this.problems = new FormProblems(form, errors, lessons, actor, () -> lessonId);
        addClassName("lesson-editor");

        Div bar = new Div(saveStatus);
        bar.addClassName("save-bar");
        saveStatus.setId("save-status");
        saveStatus.getElement().setAttribute("role", "status");
        saveStatus.addClassName("save-status");

        conflict.addClassNames("panel", "panel--warning");
        conflict.setId("conflict");
        conflict.getElement().setAttribute("role", "alert");
        Button reload = new Button("Reload the latest version", e -> reload());
        reload.setId("conflict-reload");
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        conflict.add(conflictMessage, new Paragraph("Reloading shows the saved version; what you typed is kept "
                + "below the form so you can copy it back."), reload);
        conflict.setVisible(false);

        errors.setId("error-summary");
        keptText.setId("kept-text");
        blocked.setId("cannot-edit");
        blocked.setVisible(false);

        form.addChangeListener(this::changed);

        submit = new Button(submitText, e -> submit());
        submit.setId("submit-lesson");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        preview.setId("preview-lesson");
        preview.addClickListener(e -> preview());
        saveNow.setId("save-lesson");
        saveNow.addClickListener(e -> {
            if (save(true)) {
                Notification.show("Your draft is saved.", 4000, Notification.Position.BOTTOM_START);
            }
        });
        actions = new Div(submit, preview, saveNow);
        actions.addClassName("form-actions");

        editing.add(bar, conflict, errors, form, keptText, actions);
        add(blocked, editing);
    }

    /** Told the new lesson's id when the first change creates the draft. */
    public void onCreated(Consumer<Long> listener) {
        this.created = listener;
    }

    /** Says what can be done instead when the lesson cannot be changed (the panel shown in place of the form). */
    public void explainWith(Function<LessonDetails, Component> explainer) {
        this.explainer = explainer;
    }

    /** One more button next to Submit (for example "Delete draft"), replacing the one given before. */
    public void setExtraAction(Component action) {
        if (extraAction != null) {
            actions.remove(extraAction);
        }
        extraAction = action;
        if (action != null) {
            actions.add(action);
        }
    }

    /** The lesson is gone (deleted): leaving the page saves nothing and asks nothing. */
    public void discard() {
        finished = true;
        dirty = false;
    }

    /** Shows a saved lesson for editing, or says why it cannot be edited. */
    public void load(LessonDetails lesson) {
        form.setVisible(true);
        submit.setVisible(true);
        saveNow.setVisible(true);
        preview.setVisible(true);
        blocked.setVisible(false);
        editing.setVisible(true);
        finished = false;
        lessonId = lesson.id();
        version = lesson.version();
        form.write(lesson.content());
        lastSaved = lesson.updatedAt();
        saveStatus.setText("Last saved " + Formats.dateTime(lesson.updatedAt()));
        if (!lessons.allowedActions(lessonId, actor).contains(Action.EDIT)) {
            cannotEdit(lesson);
        } else {
            checkPatientData();
        }
    }

    public LessonForm form() {
        return form;
    }

    public Long lessonId() {
        return lessonId;
    }

    public String saveStatus() {
        return saveStatus.getText();
    }

    public ErrorSummary errorSummary() {
        return errors;
    }

    /** Whether the form is shown for editing (not replaced by what can be done instead). */
    public boolean isEditable() {
        return editing.isVisible();
    }

    public boolean isInConflict() {
        return inConflict;
    }

    public Button submitButton() {
        return submit;
    }

    // ------------------------------------------------------------------------------------------------------ saving

    /** Saves on leaving the page; if that fails, asks before the typed text is lost. */
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!dirty || finished) {
            return;
        }
        if (!inConflict && save(false)) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("unsaved-dialog");
        confirm.setHeader("Your latest changes are not saved");
        confirm.setText("If you leave this page now, the changes you made" + (lastSaved == null ? ""
                : " since " + Formats.time(lastSaved)) + " will be lost.");
        confirm.setCancelable(true);
        confirm.setCancelText("Stay on this page");
        confirm.setConfirmText("Leave without saving");
        confirm.addConfirmListener(e -> {
            finished = true;
            action.proceed();
        });
        confirm.open();
    }

    private void changed() {
        dirty = true;
        if (inConflict) {
            problem("Not saved: someone else changed this lesson");
        } else {
            save(false);
        }
        problems.recheck(form.read());
        checkPatientData();
    }

    /**
     * Checks the text typed so far for patient data (on the server, a moment after typing pauses) and shows what it
     * finds by the field, without interrupting: no summary, no focus change.
     */
    private void checkPatientData() {
        try {
            problems.patientData(lessons.patientDataFindings(lessonId, actor, form.read()));
        } catch (DomainException e) {
            return; // the lesson is gone or no longer the author's: saving says so
        }
        problems.show(null);
    }

    /**
     * Saves what the form holds (creating the draft on the first change).
     *
     * @param explicit the author asked for it: problems go to the summary at the top, which takes the focus
     * @return whether it is saved
     */
    public boolean save(boolean explicit) {
        if (inConflict) {
            return false;
        }
        if (lessonId != null && !dirty && !explicit) {
            return true;
        }
        LessonContent content = form.read();
        if (lessonId == null && content.equals(LessonContent.empty())) {
            dirty = false;
            saveStatus.setText("Nothing to save yet");
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
            saveStatus.setText("Saved at " + Formats.time(lastSaved));
            saveStatus.removeClassName("save-status--problem");
            problems.saved();
            problems.show(null);
            if (isNew) {
                created.accept(lessonId);
            }
            return true;
        } catch (ConcurrentEditException e) {
            showConflict(e.getMessage());
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

    private void problem(String text) {
        saveStatus.setText(text);
        saveStatus.addClassName("save-status--problem");
    }

    private void showConflict(String message) {
        inConflict = true;
        conflictMessage.setText(message);
        conflict.setVisible(true);
        problem("Not saved: someone else changed this lesson");
    }

    /** Loads the saved version; what the author had typed stays on the page to copy from. */
    public void reload() {
        LessonContent mine = form.read();
        LessonDetails latest = lessons.get(lessonId, actor);
        version = latest.version();
        inConflict = false;
        dirty = false;
        conflict.setVisible(false);
        errors.hide();
        form.write(latest.content());
        problems.saved();
        problems.submitted(List.of(), List.of());
        checkPatientData();
        keptText.removeAll();
        Details details = new Details("What you had typed before reloading");
        details.setOpened(true);
        details.addClassName("kept-text");
        Paragraph hint = new Paragraph("Copy anything you still need back into the form. This copy disappears when "
                + "you leave the page.");
        hint.addClassName("hint");
        details.add(hint, new LessonReader(mine, 3, true));
        keptText.add(details);
        lastSaved = latest.updatedAt();
        saveStatus.setText("Reloaded the version saved at " + Formats.time(latest.updatedAt()));
        saveStatus.removeClassName("save-status--problem");
        if (!lessons.allowedActions(lessonId, actor).contains(Action.EDIT)) {
            cannotEdit(latest);
        }
    }

    private void cannotEdit(LessonDetails lesson) {
        form.setVisible(false);
        submit.setVisible(false);
        saveNow.setVisible(false);
        preview.setVisible(false);
        setExtraAction(null);
        editing.setVisible(false);
        blocked.removeAll();
        blocked.add(explainer.apply(lesson));
        blocked.setVisible(true);
        finished = true;
    }

    // -------------------------------------------------------------------------------------------------- submitting

    /**
     * Saves, then submits. Every problem is shown at once, in the summary and by its field: missing parts, lengths
     * and patient data. An empty new form is checked without creating a lesson. Nothing typed is lost.
     */
    public void submit() {
        errors.hide();
        LessonContent content = form.read();
        if (lessonId == null && content.equals(LessonContent.empty())) {
            problems.showSubmitted("The form is empty, so there is nothing to submit yet. Fill in these parts first:",
                    LessonValidator.checkComplete(content, LocalDate.now(Formats.UK)), List.of());
            return;
        }
        if ((dirty || lessonId == null) && !save(false)) {
            if (!inConflict) {
                problems.showSubmitted("Your lesson cannot be submitted yet, and your latest changes are not saved. Fix "
                        + "these problems and submit it again:", LessonValidator.checkComplete(content,
                                LocalDate.now(Formats.UK)), lessons.patientDataFindings(lessonId, actor, content));
            }
            return;
        }
        try {
            LessonDetails result = submitter.submit(lessonId, version);
            finished = true;
            dirty = false;
            submitted.accept(result);
        } catch (PatientDataException e) {
            problems.showSubmitted(e.otherProblems().isEmpty() ? null : FormProblems.SAVED_BUT_PROBLEMS, e.otherProblems(),
                    e.findings());
        } catch (ValidationException e) {
            problems.showSubmitted(FormProblems.SAVED_BUT_PROBLEMS, e.errors(), List.of());
        } catch (ConcurrentEditException e) {
            showConflict(e.getMessage());
        } catch (DomainException e) {
            errors.show(e.getMessage(), List.of());
        }
    }

    // ----------------------------------------------------------------------------------------------------- preview

    /** Shows the lesson as readers will see it. */
    public void preview() {
        LessonPreview.open(form.read());
    }
}
