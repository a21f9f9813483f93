package org.lessonsportal.domain.search;

import java.util.List;
import org.lessonsportal.domain.shared.FieldError;
import org.lessonsportal.domain.shared.ValidationException;

/**
 * A search vocabulary was not saved because some of its lines cannot be used; {@link #problems()} says which and why.
 * Nothing was saved and the vocabulary in use is unchanged.
 */
public class InvalidRulesException extends ValidationException {

    /** The field the problems concern, for {@link #errors()}. */
    public static final String FIELD = "rules";

    private final List<RuleProblem> problems;

    public InvalidRulesException(List<RuleProblem> problems) {
        super(problems.stream().map(p -> new FieldError(FIELD, p.message())).toList());
        this.problems = List.copyOf(problems);
    }

    /** The problems, in line order. */
    public List<RuleProblem> problems() {
        return problems;
    }
}
