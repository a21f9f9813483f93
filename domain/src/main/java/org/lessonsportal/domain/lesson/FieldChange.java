package org.lessonsportal.domain.lesson;

/**
 * One field that differs between two versions of a lesson. Values are as a person reads them: taxonomy labels,
 * ISO dates, list entries one per line. {@code before} is {@code null} for something added, {@code after} for
 * something removed.
 *
 * @param field the field's stable key ({@code challenges[1].resolution})
 * @param label the field's label ("Challenge 2: how it was resolved")
 */
public record FieldChange(String field, String label, String before, String after) {

    public boolean isAdded() {
        return before == null;
    }

    public boolean isRemoved() {
        return after == null;
    }
}
