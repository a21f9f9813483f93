package org.lessonsportal.domain.shared;

/**
 * The person may see the record but may not do this to it (for example, a reviewer from the author's own
 * organisation). The message says why, in plain English.
 */
public class NotAllowedException extends DomainException {

    public NotAllowedException(String message) {
        super(message);
    }
}
