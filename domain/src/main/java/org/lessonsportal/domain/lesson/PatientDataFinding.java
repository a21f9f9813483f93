package org.lessonsportal.domain.lesson;

import java.util.Locale;
import java.util.Objects;
import lombok.RequiredArgsConstructor;

/**
 * Something in a lesson that looks like patient-identifiable information.
 *
 * @param field      the field's stable key, e.g. {@code context} or {@code challenges[1].description}
 * @param fieldLabel the field's label for people, e.g. "Challenge 2: what happened"
 * @param kind       what it looks like
 * @param match      the text that looks identifiable, exactly as written
 * @param excerpt    the match with a little of the text around it, to help find it
 */
public record PatientDataFinding(String field, String fieldLabel, Kind kind, String match, String excerpt) {

    /** What a finding looks like. */
    @RequiredArgsConstructor
    public enum Kind {
        NHS_NUMBER("an NHS number"),
        POSTCODE("a postcode next to personal details"),
        STREET_ADDRESS("a street address next to a person"),
        DATE_OF_BIRTH("a date of birth"),
        PATIENT_NAME("a patient's name");

        private final String description;

        /** "an NHS number" */
        public String description() {
            return description;
        }
    }

    public PatientDataFinding {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(match, "match");
        fieldLabel = fieldLabel == null ? LessonFields.label(field) : fieldLabel;
    }

    /** "Context contains what looks like an NHS number: "943 476 5919"." */
    public String message() {
        return fieldLabel + " contains what looks like " + kind.description() + ": \"" + match + "\".";
    }

    /** Whether a confirmation recorded for (field, kind, match) covers this finding. */
    public boolean isSameAs(String field, Kind kind, String match) {
        return this.field.equals(field) && this.kind == kind && normalise(this.match).equals(normalise(match));
    }

    /** The same text however it was typed: spaces, dashes, zero-width characters, full-width digits, case. */
    static String normalise(String text) {
        return text == null ? "" : ScannedText.plain(text).replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
