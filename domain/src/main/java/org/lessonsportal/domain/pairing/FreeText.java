package org.lessonsportal.domain.pairing;

import java.util.List;
import org.lessonsportal.domain.lesson.PatientDataFinding;
import org.lessonsportal.domain.lesson.PatientDataScanner;
import org.lessonsportal.domain.shared.FieldError;

/** What people type into offers and requests: kept stripped, checked for length and for patient data. */
final class FreeText {

    private FreeText() {
    }

    /** The text stripped, or {@code null} when blank. */
    static String kept(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * Adds the problems of one field.
     *
     * @param what the field as the message names it, e.g. "your message"
     */
    static void check(String field, String what, String text, boolean required, int max, List<FieldError> errors) {
        if (text == null) {
            if (required) {
                errors.add(new FieldError(field, "enter " + what));
            }
            return;
        }
        if (text.length() > max) {
            errors.add(new FieldError(field, what + " must be " + max + " characters or fewer (it is "
                    + text.length() + ")"));
        }
        for (PatientDataFinding finding : PatientDataScanner.scan(field, text)) {
            errors.add(new FieldError(field, what + " seems to contain " + finding.kind().description() + " (\""
                    + finding.match() + "\"); take it out, as the portal never holds patient data"));
        }
    }
}
