package org.lessonsportal.domain.shared;

import java.util.Objects;

/**
 * One problem with one field, for people to fix.
 *
 * @param field   a stable key the UI can attach the message to, e.g. {@code title} or {@code challenges[1].description}
 *                (list positions count from 0); empty when the problem concerns the whole record
 * @param message plain English, in the style of the NHS and GOV.UK design systems ("Enter a title")
 */
public record FieldError(String field, String message) {

    public FieldError {
        field = field == null ? "" : field;
        Objects.requireNonNull(message, "message");
    }
}
