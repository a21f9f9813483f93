package org.lessonsportal.domain.shared;

/** Something asked for does not exist (or the person may not know it exists). The message is for people. */
public class NotFoundException extends DomainException {

    public NotFoundException(String message) {
        super(message);
    }
}
