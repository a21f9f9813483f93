package org.lessonsportal.domain.lesson;

import java.util.List;
import org.lessonsportal.domain.shared.DomainException;

/**
 * Submission stopped because the lesson seems to contain patient-identifiable information. Each finding names the
 * field and the text; the author removes it, or confirms that a finding is not patient information
 * ({@code LessonService.confirmNotPatientData}) and submits again.
 */
public class PatientDataException extends DomainException {

    private final List<PatientDataFinding> findings;

    public PatientDataException(List<PatientDataFinding> findings) {
        super(message(findings));
        this.findings = List.copyOf(findings);
    }

    public List<PatientDataFinding> findings() {
        return findings;
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
