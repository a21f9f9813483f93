package org.lessonsportal.domain.lesson;

import org.lessonsportal.domain.shared.DomainException;

/**
 * The lesson is not in a state that allows what was asked, for example withdrawing a published lesson. The message
 * says why in plain English; {@link #state()} is where the lesson is now.
 */
public class LessonStateException extends DomainException {

    private final LessonState state;

    public LessonStateException(LessonState state, String message) {
        super(message);
        this.state = state;
    }

    public LessonState state() {
        return state;
    }
}
