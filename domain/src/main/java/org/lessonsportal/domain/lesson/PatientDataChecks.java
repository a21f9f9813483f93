package org.lessonsportal.domain.lesson;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.lesson.LessonGuard.Guarded;
import org.lessonsportal.domain.lesson.LessonPolicy.Action;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.domain.shared.FieldError;
import org.lessonsportal.domain.shared.ValidationException;
import org.springframework.stereotype.Component;

/**
 * The information-governance gate for {@link LessonService}: what {@link PatientDataScanner} finds in a lesson, less
 * the findings its author confirmed are not patient information ({@link FalsePositiveConfirmation}), and the check a
 * lesson passes before it is submitted.
 */
@Component
@RequiredArgsConstructor
class PatientDataChecks {

    private final FalsePositiveConfirmationRepository confirmations;
    private final LessonGuard guard;
    private final Clock clock;

    List<PatientDataFinding> findings(Long lessonId, Actor actor) {
        return unconfirmedFindings(guard.guard(lessonId, actor).lesson);
    }

    List<PatientDataFinding> findings(Long lessonId, Actor actor, LessonContent content) {
        List<PatientDataFinding> findings = new ArrayList<>(PatientDataScanner.scan(content));
        if (lessonId != null) {
            List<FalsePositiveConfirmation> confirmed = confirmations.findByLessonIdOrderByConfirmedAtAsc(
                    guard.guard(lessonId, actor).lesson.getId());
            findings.removeIf(f -> confirmed.stream().anyMatch(c -> c.covers(f)));
        }
        return List.copyOf(findings);
    }

    List<ConfirmedFinding> confirmedFindings(Long lessonId, Actor actor) {
        guard.guard(lessonId, actor);
        return confirmations.findByLessonIdOrderByConfirmedAtAsc(lessonId).stream()
                .map(FalsePositiveConfirmation::toView).toList();
    }

    ConfirmedFinding confirmNotPatientData(Long lessonId, Actor actor, PatientDataFinding finding, String reason) {
        Guarded guarded = guard.guard(lessonId, actor);
        guarded.check(Transition.EDIT, Action.EDIT);
        String why = LessonGuard.requireReason(reason, "reason", "Explain why this is not patient information");
        boolean present = PatientDataScanner.scan(guarded.lesson.getContent()).stream()
                .anyMatch(f -> f.isSameAs(finding.field(), finding.kind(), finding.match()));
        if (!present) {
            throw new DomainException("\"" + finding.match() + "\" is no longer in " + LessonFields.label(
                    finding.field()) + ", so there is nothing to confirm.");
        }
        FalsePositiveConfirmation confirmation = confirmations.save(new FalsePositiveConfirmation(lessonId, finding,
                why, actor.memberId(), clock.instant()));
        guard.record(guarded.lesson, actor, "ig.not-patient-data", null, null, "Confirmed that \"" + finding.match()
                + "\" in " + LessonFields.label(finding.field()) + " is not patient information ("
                + finding.kind().description() + ")", why);
        return confirmation.toView();
    }

    /** Every check at once: missing parts, lengths and patient data are refused together. */
    void requireReadyToSubmit(Lesson lesson) {
        List<FieldError> errors = LessonValidator.checkComplete(lesson.getContent(), guard.today());
        List<PatientDataFinding> findings = unconfirmedFindings(lesson);
        if (!findings.isEmpty()) {
            throw new PatientDataException(findings, errors);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private List<PatientDataFinding> unconfirmedFindings(Lesson lesson) {
        List<FalsePositiveConfirmation> confirmed = confirmations.findByLessonIdOrderByConfirmedAtAsc(lesson.getId());
        List<PatientDataFinding> findings = new ArrayList<>(PatientDataScanner.scan(lesson.getContent()));
        findings.removeIf(f -> confirmed.stream().anyMatch(c -> c.covers(f)));
        return List.copyOf(findings);
    }
}
