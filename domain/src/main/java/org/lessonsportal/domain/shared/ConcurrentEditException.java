package org.lessonsportal.domain.shared;

/**
 * Someone else changed the same record first. Nothing was saved; the person can reload and try again, and nothing of
 * the other person's work was overwritten.
 */
public class ConcurrentEditException extends DomainException {

    public static final String EDIT_MESSAGE = "Someone else changed this lesson while you were editing it. "
            + "Reload to see their changes; your text is still in the form.";

    public static final String ACTION_MESSAGE = "Someone else acted on this lesson at the same moment. "
            + "Reload to see where it is now.";

    public ConcurrentEditException() {
        this(EDIT_MESSAGE);
    }

    public ConcurrentEditException(String message) {
        super(message);
    }

    public ConcurrentEditException(String message, Throwable cause) {
        super(message, cause);
    }
}
