package org.lessonsportal.domain.search;

import java.util.Objects;

/**
 * Why one line of a search vocabulary cannot be used.
 *
 * @param line   the line's number, counting from 1 (blank lines and comments count); 0 when the problem concerns the
 *               whole text
 * @param reason plain English, starting in lower case so it reads after "Line 3: "
 */
public record RuleProblem(int line, String reason) {

    public RuleProblem {
        Objects.requireNonNull(reason, "reason");
    }

    /** "Line 3: a rule needs …", or the reason alone (capitalised) for the whole text. */
    public String message() {
        return line > 0 ? "Line " + line + ": " + reason
                : Character.toUpperCase(reason.charAt(0)) + reason.substring(1);
    }
}
