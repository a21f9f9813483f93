package org.lessonsportal.portal.lesson.ui;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.lessonsportal.domain.lesson.LessonContent;
import org.lessonsportal.domain.lesson.LessonValidator;
import org.lessonsportal.domain.lesson.PatientDataFinding;
import org.lessonsportal.domain.shared.FieldError;
import org.lessonsportal.portal.base.ui.ErrorSummary.Problem;
import org.lessonsportal.portal.base.ui.Formats;

/**
 * Every problem the lesson form has now, from three sources, always shown together at their fields: what the last
 * Submit found (checked again as the author types, so a fixed field loses its message), what stopped the last save
 * (a text over its limit) and what the patient-data check finds in the text typed so far. One field with several
 * problems shows them all.
 */
final class FormProblems {

    static final String REMOVE_OR_CONFIRM = " Remove it, or confirm it is not patient information.";

    private final LessonForm form;
    private List<FieldError> submission = List.of();
    private List<FieldError> saving = List.of();
    private List<PatientDataFinding> findings = List.of();

    FormProblems(LessonForm form) {
        this.form = form;
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
}
