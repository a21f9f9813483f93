package org.lessonsportal.domain.shared;

/**
 * A rule of the domain refused what was asked. The message is plain English, written to be shown to the person who
 * asked.
 */
public class DomainException extends RuntimeException {

    public DomainException(String message) {
        super(message);
    }

    public DomainException(String message, Throwable cause) {
        super(message, cause);
    }
}
