package org.lessonsportal.portal.lesson.ui;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.notification.Notification;
import java.util.function.Supplier;
import org.lessonsportal.domain.lesson.LessonContent;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.portal.base.ui.ErrorSummary;
import org.lessonsportal.portal.base.ui.ReasonDialog;
import org.lessonsportal.domain.lesson.LessonValidator;
import org.lessonsportal.domain.lesson.PatientDataFinding;
import org.lessonsportal.domain.shared.FieldError;
import org.lessonsportal.portal.base.ui.ErrorSummary.Problem;
import org.lessonsportal.portal.base.ui.Formats;

/**
 * Every problem the lesson form has now, from three sources, always shown together at their fields: what the last
 * Submit found (checked again as the author types, so a fixed field loses its message), what stopped the last save
 * (a text over its limit) and what the patient-data check finds in the text typed so far. One field with several
 * problems shows them all. After Submit they also go to the error summary at the top, where the author can confirm
 * that a finding is not patient information.
 */
final class FormProblems {

    static final String REMOVE_OR_CONFIRM = " Remove it, or confirm it is not patient information.";

    private final LessonForm form;
    private final ErrorSummary summary;
    private final LessonService lessons;
    private final Actor actor;
    private final Supplier<Long> lessonId;
    private List<FieldError> submission = List.of();
    private List<FieldError> saving = List.of();
    private List<PatientDataFinding> findings = List.of();

    /** @param lessonId the lesson's id now ({@code null} until the first save) */
    FormProblems(LessonForm form, ErrorSummary summary, LessonService lessons, Actor actor, Supplier<Long> lessonId) {
        this.form = form;
        this.summary = summary;
        this.lessons = lessons;
        this.actor = actor;
        this.lessonId = lessonId;
    }

    /** What a Submit found. */
    void submitted(List<FieldError> errors, List<PatientDataFinding> found) {
        submission = List.copyOf(errors);
        findings = List.copyOf(found);
    }

    /** After a change: the Submit's problems are checked again against what the form holds now. */
    void recheck(LessonContent content) {
        if (!submission.isEmpty()) {
            submission = LessonValidator.checkComplete(content, LocalDate.now(Formats.UK));
        }
    }

    void saved() {
        saving = List.of();
    }

    void notSaved(List<FieldError> errors) {
        saving = List.copyOf(errors);
    }

    void patientData(List<PatientDataFinding> found) {
        findings = List.copyOf(found);
    }

    /** The author confirmed it is not patient information. */
    void confirmed(PatientDataFinding finding) {
        findings = findings.stream().filter(f -> !f.equals(finding)).toList();
    }

    List<PatientDataFinding> findings() {
        return findings;
    }

    /**
     * Shows every problem at its field, replacing what was shown, and returns them for the error summary.
     *
     * @param extra what to offer next to a finding in the summary (a "not patient information" button), given the
     *              finding and its field
     */
    List<Problem> show(BiFunction<PatientDataFinding, Component, Component> extra) {
        form.clearErrors();
        Set<FieldError> errors = new LinkedHashSet<>(submission);
        errors.addAll(saving);
        List<FieldError> all = new ArrayList<>(errors);
        int firstFinding = all.size();
        findings.forEach(f -> all.add(new FieldError(f.field(), f.message() + REMOVE_OR_CONFIRM)));
        List<Problem> shown = form.showErrors(all);
        List<Problem> problems = new ArrayList<>(shown.subList(0, firstFinding));
        for (int i = 0; i < findings.size(); i++) {
            PatientDataFinding finding = findings.get(i);
            Component field = shown.get(firstFinding + i).target();
            problems.add(new Problem(finding.message(), field, extra == null ? null : extra.apply(finding, field)));
        }
        return problems;
    }

    static final String SAVED_BUT_PROBLEMS = "Your lesson cannot be submitted yet. Your text is saved; fix "
            + "these problems and submit it again:";

    private static final String PATIENT_DATA_ONLY = "This lesson may contain information that identifies a patient, "
            + "so it cannot be submitted. Remove it from the lesson, or, if it is not patient information (for "
            + "example a made-up number), confirm that and say why:";

    private static final String PATIENT_DATA_TOO = " Anything that may identify a patient must be removed, or, if it "
            + "is not patient information (for example a made-up number), confirmed with a reason.";

    /** The summary at the top and each problem by its field, patient-data findings with a way to confirm them. */
    void showSubmitted(String intro, List<FieldError> fieldErrors, List<PatientDataFinding> findings) {
        submitted(fieldErrors, findings);
        List<Problem> shown = show(this::confirmButton);
        String text = intro == null ? PATIENT_DATA_ONLY : findings.isEmpty() ? intro : intro + PATIENT_DATA_TOO;
        summary.show(text, shown);
    }

    private Button confirmButton(PatientDataFinding finding, Component field) {
        if (lessonId.get() == null) {
            return null;
        }
        Button notPatientData = new Button("It is not patient information");
        notPatientData.addClassName("finding-confirm");
        notPatientData.addThemeVariants(ButtonVariant.LUMO_SMALL);
        notPatientData.getElement().setAttribute("aria-label", "Confirm that \"" + finding.match() + "\" in "
                + finding.fieldLabel() + " is not patient information");
        notPatientData.addClickListener(e -> confirmNotPatientData(finding, field, notPatientData));
        return notPatientData;
    }

    private void confirmNotPatientData(PatientDataFinding finding, Component field, Button button) {
        ReasonDialog dialog = new ReasonDialog("Confirm this is not patient information",
                finding.fieldLabel() + " contains \"" + finding.excerpt() + "\", which looks like "
                        + finding.kind().description() + ".",
                "Why is this not patient information?",
                "For example, \"it is a made-up number used in training material\". Your reason is kept in the "
                        + "lesson's history.",
                "Confirm", true, reason -> {
                    lessons.confirmNotPatientData(lessonId.get(), actor, finding, reason);
                    summary.remove(button);
                    confirmed(finding);
                    show(null);
                    Notification.show("Thank you. Submit the lesson again when you are ready.", 6000,
                            Notification.Position.TOP_CENTER);
                });
        dialog.setId("confirm-finding");
        dialog.open();
    }
}
