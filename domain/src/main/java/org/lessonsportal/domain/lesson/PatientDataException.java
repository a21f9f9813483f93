package org.lessonsportal.domain.lesson;

import java.util.List;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.domain.shared.FieldError;

/**
 * Submission stopped because the lesson seems to contain patient-identifiable information. Each finding names the
 * field and the text; the author removes it, or confirms that a finding is not patient information
 * ({@code LessonService.confirmNotPatientData}) and submits again. The other problems found in the same check (missing
 * parts, lengths) come with it, so the author sees every problem at once.
 */
public class PatientDataException extends DomainException {

    private final List<PatientDataFinding> findings;
    private final List<FieldError> otherProblems;

    public PatientDataException(List<PatientDataFinding> findings) {
        this(findings, List.of());
    }

    /** @param otherProblems what else stops the submission (missing parts, lengths), found in the same check */
    public PatientDataException(List<PatientDataFinding> findings, List<FieldError> otherProblems) {
        super(message(findings) + (otherProblems.isEmpty() ? "" : " " + (otherProblems.size() == 1
                ? "There is also another problem: " + otherProblems.get(0).message() + "."
                : "There are also " + otherProblems.size() + " other problems.")));
        this.findings = List.copyOf(findings);
        this.otherProblems = List.copyOf(otherProblems);
    }

    public List<PatientDataFinding> findings() {
        return findings;
    }

    /** The problems other than patient data found in the same check; empty when there are none. */
    public List<FieldError> otherProblems() {
        return otherProblems;
    }

    private static String message(List<PatientDataFinding> findings) {
        if (findings.size() == 1) {
            return "This lesson may contain information that identifies a patient, so it cannot be submitted. "
                    + findings.get(0).message() + " Remove it, or confirm it is not patient information.";
        }
        return "This lesson may contain information that identifies a patient in " + findings.size()
                + " places, so it cannot be submitted. " + findings.get(0).message()
                + " Remove them, or confirm they are not patient information.";
    }
}
