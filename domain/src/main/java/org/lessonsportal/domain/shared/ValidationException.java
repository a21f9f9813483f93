package org.lessonsportal.domain.shared;

import java.util.List;
import java.util.stream.Collectors;

/** What was sent cannot be accepted as it is; {@link #errors()} says, field by field, what to fix. */
public class ValidationException extends DomainException {

    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(summarise(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("A validation exception needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    /** Throws a validation exception when there is any error. */
    public static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The message for one field, if there is one. */
    public List<String> messagesFor(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(FieldError::message).toList();
    }

    private static String summarise(List<FieldError> errors) {
        return errors.size() == 1
                ? "There is a problem: " + errors.get(0).message() + "."
                : "There are " + errors.size() + " problems: "
                        + errors.stream().map(FieldError::message).collect(Collectors.joining("; ")) + ".";
    }
}
