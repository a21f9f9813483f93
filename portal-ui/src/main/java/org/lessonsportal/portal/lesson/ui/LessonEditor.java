package org.lessonsportal.portal.lesson.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeLeaveEvent;
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
import org.lessonsportal.portal.base.ui.Formats;

/**
 * The lesson form with everything around it: saving automatically a moment after the author stops typing (and when
 * they leave), "Saved at 14:32" showing it worked, a warning with "Reload" when someone else saved first (what was
 * typed stays on the page), a preview, and submission with problems shown next to their fields and in a summary at
 * the top, where the author can also confirm that something flagged is not patient information. Used to write a
 * lesson and to revise it after review; the saving itself is {@link DraftSaving}'s job.
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

    private final ErrorSummary errors = new ErrorSummary();
    private final ConflictPanel conflict = new ConflictPanel(this::reload);
    private final Div blocked = new Div();
    private final Div editing = new Div();
    final LessonForm form = new LessonForm();
    private final FormProblems problems;
    private final DraftSaving saving;
    final Button submit;
    final Button preview = new Button("Preview");
    final Button saveNow = new Button("Save draft");

    private Function<LessonDetails, Component> explainer = AuthorChoices::stateOnly;
    private Component extraAction;
    private final Div actions;
    private boolean finished;

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
        this.problems = new FormProblems(form, errors, lessons, actor, this::lessonId);
        this.saving = new DraftSaving(lessons, actor, form, problems, errors, conflict);
        addClassName("lesson-editor");

        Div bar = new Div(saving.status);
        bar.addClassName("save-bar");

        errors.setId("error-summary");
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

        editing.add(bar, conflict, errors, form, conflict.keptText(), actions);
        add(blocked, editing);
    }

    /** Told the new lesson's id when the first change creates the draft. */
    public void onCreated(Consumer<Long> listener) {
        saving.onCreated(listener);
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
        saving.done();
    }

    /** Shows a saved lesson for editing, or says why it cannot be edited. */
    public void load(LessonDetails lesson) {
        showEditing(true);
        finished = false;
        saving.loaded(lesson);
        form.write(lesson.content());
        if (!lessons.allowedActions(lesson.id(), actor).contains(Action.EDIT)) {
            cannotEdit(lesson);
        } else {
            checkPatientData();
        }
    }

    public LessonForm form() {
        return form;
    }

    public Long lessonId() {
        return saving.lessonId();
    }

    public String saveStatus() {
        return saving.status.getText();
    }

    public ErrorSummary errorSummary() {
        return errors;
    }

    /** Whether the form is shown for editing (not replaced by what can be done instead). */
    public boolean isEditable() {
        return editing.isVisible();
    }

    public boolean isInConflict() {
        return saving.isInConflict();
    }

    public Button submitButton() {
        return submit;
    }

    // ------------------------------------------------------------------------------------------------------ saving

    /** Saves on leaving the page; if that fails, asks before the typed text is lost. */
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!saving.isDirty() || finished) {
            return;
        }
        if (!saving.isInConflict() && save(false)) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        UnsavedChangesDialog.open(saving.lastSaved(), () -> {
            finished = true;
            action.proceed();
        });
    }

    private void changed() {
        saving.changed();
        problems.recheck(form.read());
        checkPatientData();
    }

    /**
     * Checks the text typed so far for patient data (on the server, a moment after typing pauses) and shows what it
     * finds by the field, without interrupting: no summary, no focus change.
     */
    private void checkPatientData() {
        try {
            problems.patientData(lessons.patientDataFindings(saving.lessonId(), actor, form.read()));
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
        return saving.save(explicit);
    }

    /** Loads the saved version; what the author had typed stays on the page to copy from. */
    public void reload() {
        LessonContent mine = form.read();
        LessonDetails latest = lessons.get(saving.lessonId(), actor);
        saving.reloaded(latest);
        errors.hide();
        form.write(latest.content());
        problems.saved();
        problems.submitted(List.of(), List.of());
        checkPatientData();
        conflict.keep(mine);
        if (!lessons.allowedActions(saving.lessonId(), actor).contains(Action.EDIT)) {
            cannotEdit(latest);
        }
    }

    private void cannotEdit(LessonDetails lesson) {
        showEditing(false);
        setExtraAction(null);
        blocked.removeAll();
        blocked.add(explainer.apply(lesson));
        finished = true;
    }

    /** The form and its buttons, or in their place what can be done instead. */
    private void showEditing(boolean editable) {
        form.setVisible(editable);
        submit.setVisible(editable);
        saveNow.setVisible(editable);
        preview.setVisible(editable);
        editing.setVisible(editable);
        blocked.setVisible(!editable);
    }

    // -------------------------------------------------------------------------------------------------- submitting

    /**
     * Saves, then submits. Every problem is shown at once, in the summary and by its field: missing parts, lengths
     * and patient data. An empty new form is checked without creating a lesson. Nothing typed is lost.
     */
    public void submit() {
        errors.hide();
        LessonContent content = form.read();
        Long lessonId = saving.lessonId();
        if (lessonId == null && content.equals(LessonContent.empty())) {
            problems.showSubmitted("The form is empty, so there is nothing to submit yet. Fill in these parts first:",
                    LessonValidator.checkComplete(content, LocalDate.now(Formats.UK)), List.of());
            return;
        }
        if ((saving.isDirty() || lessonId == null) && !save(false)) {
            if (!saving.isInConflict()) {
                problems.showSubmitted("Your lesson cannot be submitted yet, and your latest changes are not saved. Fix "
                        + "these problems and submit it again:", LessonValidator.checkComplete(content,
                                LocalDate.now(Formats.UK)), lessons.patientDataFindings(saving.lessonId(), actor,
                                content));
            }
            return;
        }
        try {
            LessonDetails result = submitter.submit(saving.lessonId(), saving.version());
            finished = true;
            saving.done();
            submitted.accept(result);
        } catch (PatientDataException e) {
            problems.showSubmitted(e.otherProblems().isEmpty() ? null : FormProblems.SAVED_BUT_PROBLEMS, e.otherProblems(),
                    e.findings());
        } catch (ValidationException e) {
            problems.showSubmitted(FormProblems.SAVED_BUT_PROBLEMS, e.errors(), List.of());
        } catch (ConcurrentEditException e) {
            saving.conflict(e.getMessage());
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
